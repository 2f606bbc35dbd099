using System.Collections.Concurrent;
using System.Text;
using Certfolio.Core.Renewal;
using Certfolio.Site.Templates;

namespace Certfolio.Site.Pages;

/// <summary>
/// The stand-in for a missing logo: the provider's short name on a colour of its own, the same every time.
/// How the letters are chosen (docs/themes.md, "Monograms"):
/// <list type="number">
/// <item>a provider <see cref="ProviderMarks"/> knows gets its usual short form (AWS, MS, ISC2, AXELOS → AX);</item>
/// <item>a name ending in an acronym in brackets gives that acronym ("Amazon Web Services (AWS)" → AWS);</item>
/// <item>one word: itself when it is all capitals and digits, up to five (ISACA, CNCF); else its capitals when it has
/// two or more (HashiCorp → HC); else its first letter;</item>
/// <item>several words: the first letters of up to three words, "of", "the", "and", "for" skipped (PMI).</item>
/// </list>
/// </summary>
public static class Monogram
{
    private static readonly char[] WordSeparators = [' ', '-', '_', '.', '/', '&', ','];

    public static string Initials(string provider)
    {
        if (ProviderMarks.Find(provider) is { } known) return known.Short;
        if (BracketedAcronym(provider) is { } acronym) return acronym;
        var words = provider.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0 && !IsMinorWord(w))
            .ToArray();
        if (words.Length == 0) return "?";
        if (words.Length > 1) return string.Concat(words.Take(3).Select(w => char.ToUpperInvariant(w[0])));
        var word = words[0];
        if (word.All(c => char.IsUpper(c) || char.IsDigit(c))) return word.Length <= 5 ? word : word[..5];
        var capitals = word.Where(char.IsUpper).Take(2).ToArray();
        return capitals.Length >= 2 ? new string(capitals) : word[..1].ToUpperInvariant();
    }

    /// <summary>
    /// The provider's colour: a known provider's own, else one of the twelve palette colours picked by FNV-1a of its
    /// lower-case name. Twelve hues 30° apart rather than any hue, so that two providers never get shades one cannot
    /// tell apart unless they land on the same colour; each is dark enough for white text (≥ 4.8 : 1, tested).
    /// </summary>
    public static string Colour(string provider)
    {
        if (ProviderMarks.Find(provider) is { } known) return MonogramPalette.Colours[known.Colour];
        var hash = 2166136261u;
        foreach (var c in provider.Trim().ToLowerInvariant())
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return MonogramPalette.Colours[(int)(hash % (uint)MonogramPalette.Colours.Length)];
    }

    // The picture depends on nothing but the provider's name and the size, and thousands of credentials share a few
    // dozen providers: each is drawn once per process. A pure function's memo cannot go stale; the bound keeps a
    // long preview session, where names are typed letter by letter, from growing it without limit.
    private const int MaxRemembered = 4096;
    private static readonly ConcurrentDictionary<(string Provider, int Size), string> Drawn = new();

    /// <summary>The monogram as inline SVG, <paramref name="size"/> pixels square.</summary>
    public static string Svg(string provider, int size = 56)
    {
        if (Drawn.TryGetValue((provider, size), out var svg)) return svg;
        svg = Draw(provider, size);
        if (Drawn.Count < MaxRemembered) Drawn.TryAdd((provider, size), svg);
        return svg;
    }

    private static string Draw(string provider, int size)
    {
        var initials = Initials(provider);
        var builder = new StringBuilder(320);
        builder.Append("<svg class=\"monogram\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 56 56\" width=\"").Append(size)
            .Append("\" height=\"").Append(size).Append("\" role=\"img\" aria-label=\"").Append(HtmlText.Encode(provider))
            .Append("\"><rect width=\"56\" height=\"56\" rx=\"12\" fill=\"").Append(Colour(provider))
            .Append("\"/><text x=\"28\" y=\"29\" dominant-baseline=\"middle\" text-anchor=\"middle\" fill=\"#fff\" font-size=\"")
            .Append(FontSize(initials.Length))
            .Append("\" font-weight=\"700\" font-family=\"system-ui,sans-serif\">")
            .Append(HtmlText.Encode(initials)).Append("</text></svg>");
        return builder.ToString();
    }

    /// <summary>Letters shrink as there are more of them, so five (ISACA) still fit the 56-unit square with a margin.</summary>
    private static int FontSize(int letters) => letters switch { <= 2 => 22, 3 => 19, 4 => 15, _ => 12 };

    /// <summary>"Amazon Web Services (AWS)" → AWS: an acronym of two to five capitals or digits in closing brackets.</summary>
    private static string? BracketedAcronym(string provider)
    {
        var trimmed = provider.TrimEnd();
        if (!trimmed.EndsWith(')')) return null;
        var open = trimmed.LastIndexOf('(');
        if (open <= 0) return null;
        var inside = trimmed[(open + 1)..^1];
        return inside.Length is >= 2 and <= 5 && inside.All(c => char.IsUpper(c) || char.IsDigit(c)) ? inside : null;
    }

    private static bool IsMinorWord(string word) =>
        word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("the", StringComparison.OrdinalIgnoreCase)
        || word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("for", StringComparison.OrdinalIgnoreCase);
}
