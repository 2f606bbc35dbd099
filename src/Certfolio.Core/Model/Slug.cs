using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Certfolio.Core.Model;

/// <summary>
/// URL-safe names: lower-case ASCII letters, digits and single hyphens. Symbols that carry meaning in
/// skill names become words, so <c>C#</c> and <c>C</c> do not collide and <c>CI/CD</c> never nests folders.
/// Names in other scripts are spelled in ASCII first (<see cref="AsciiSpelling"/>): "Gestión" is <c>gestion</c>,
/// "Größe" <c>grosse</c>. ASCII names give the slugs they always gave, so no existing page moves.
/// </summary>
public static class Slug
{
    private static readonly SearchValues<char> SlugCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-");

    public static string From(string text)
    {
        // File names are usually slugs already (every credential's page name comes from one): kept as they are.
        if (IsSlug(text)) return text;
        var spelled = AsciiSpelling.Of(AsciiSpelling.WithoutMarks(text.Trim()));
        var builder = new StringBuilder(spelled.Length + 8);
        for (var i = 0; i < spelled.Length; i++)
        {
            var c = spelled[i];
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (c is >= 'A' and <= 'Z') builder.Append(char.ToLowerInvariant(c));
            else if (c == '#') AppendWord(builder, "sharp");
            else if (c == '+') AppendWord(builder, "plus");
            else if (c == '&') AppendWord(builder, "and");
            else if (c == '.' && (i == 0 || !char.IsAsciiLetterOrDigit(spelled[i - 1]))) AppendWord(builder, "dot");
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length > 0) return slug;
        return Ascii.IsValid(text) || text.Trim().Length == 0 ? "untitled" : Unspellable(text.Trim());
    }

    /// <summary>
    /// A name AnyAscii spells as nothing (private-use characters, say) still gets its own slug, not the
    /// <c>untitled</c> every other such name would share: a short hash of its text, the same on every run.
    /// </summary>
    private static string Unspellable(string text) =>
        "title-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];

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
