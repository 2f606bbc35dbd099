using System.Buffers;
using System.Globalization;
using System.Text;

namespace Certfolio.Core.Model;

/// <summary>
/// URL-safe names: lower-case ASCII letters, digits and single hyphens. Symbols that carry meaning in
/// skill names become words, so <c>C#</c> and <c>C</c> do not collide and <c>CI/CD</c> never nests folders.
/// </summary>
public static class Slug
{
    private static readonly SearchValues<char> SlugCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    public static string From(string text)
    {
        // File names are usually slugs already (every credential's page name comes from one): kept as they are.
        if (IsSlug(text)) return text;
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

    /// <summary>
    /// The longest slug <see cref="ForFileName"/> gives: with "-NN" and ".md" it stays far below the 255 bytes most
    /// file systems allow in a name, and readable in a URL.
    /// </summary>
    public const int MaxFileNameLength = 100;

    /// <summary>
    /// The slug of a new document's file name (<c>new</c>, <c>import</c>): <see cref="From"/>, cut at the last word
    /// boundary within <see cref="MaxFileNameLength"/> characters, so a 290-character title still makes a file. The
    /// same title always gives the same name.
    /// </summary>
    public static string ForFileName(string title)
    {
        var slug = From(title);
        if (slug.Length <= MaxFileNameLength) return slug;
        var cut = slug[MaxFileNameLength] == '-' ? MaxFileNameLength : slug.LastIndexOf('-', MaxFileNameLength - 1);
        // A single word longer than the limit (or a boundary too early to keep much) is cut where the limit falls.
        if (cut < MaxFileNameLength / 2) cut = MaxFileNameLength;
        return slug[..cut].TrimEnd('-');
    }

    /// <summary>What <see cref="From"/> would return unchanged: lower-case letters, digits and single inner hyphens.</summary>
    private static bool IsSlug(string text) =>
        text.Length > 0 && !text.AsSpan().ContainsAnyExcept(SlugCharacters) && text[0] != '-' && text[^1] != '-' && !text.Contains("--", StringComparison.Ordinal);

    private static void AppendWord(StringBuilder builder, string word)
    {
        if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        builder.Append(word).Append('-');
    }
}
