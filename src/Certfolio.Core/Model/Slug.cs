using System.Globalization;
using System.Text;

namespace Certfolio.Core.Model;

/// <summary>
/// URL-safe names: lower-case ASCII letters, digits and single hyphens. Symbols that carry meaning in
/// skill names become words, so <c>C#</c> and <c>C</c> do not collide and <c>CI/CD</c> never nests folders.
/// </summary>
public static class Slug
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        for (var i = 0; i < decomposed.Length; i++)
        {
            var c = decomposed[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (c is >= 'A' and <= 'Z') builder.Append(char.ToLowerInvariant(c));
            else if (c == '#') AppendWord(builder, "sharp");
            else if (c == '+') AppendWord(builder, "plus");
            else if (c == '&') AppendWord(builder, "and");
            else if (c == '.' && (i == 0 || !char.IsLetterOrDigit(decomposed[i - 1]))) AppendWord(builder, "dot");
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        return slug.Length == 0 ? "untitled" : slug;
    }

    private static void AppendWord(StringBuilder builder, string word)
    {
        if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        builder.Append(word).Append('-');
    }
}
