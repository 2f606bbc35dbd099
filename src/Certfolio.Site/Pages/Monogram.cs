using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Certfolio.Site.Templates;

namespace Certfolio.Site.Pages;

/// <summary>
/// The stand-in for a missing logo: the provider's initials on a colour derived from its name, so the same
/// provider always gets the same colour. Dark enough for white text (AA for large text) in both colour schemes.
/// </summary>
public static class Monogram
{
    public static string Initials(string provider)
    {
        var words = provider.Split([' ', '-', '_', '.', '/', '&', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => new string(w.Where(char.IsLetterOrDigit).ToArray()))
            .Where(w => w.Length > 0 && !IsMinorWord(w))
            .ToArray();
        if (words.Length == 0) return "?";
        if (words.Length == 1)
        {
            // One word: a short acronym as it is (AWS), its capitals when it has several (HashiCorp → HC), else its first letter.
            var word = words[0];
            if (word.All(char.IsUpper)) return word.Length <= 3 ? word : word[..3];
            var capitals = word.Where(char.IsUpper).Take(2).ToArray();
            return capitals.Length >= 2 ? new string(capitals) : word[..1].ToUpperInvariant();
        }
        return string.Concat(words.Take(2).Select(w => char.ToUpperInvariant(w[0])));
    }

    /// <summary>A stable colour for a provider: FNV-1a of its lower-case name picks the hue.</summary>
    public static string Colour(string provider)
    {
        var hash = 2166136261u;
        foreach (var c in provider.Trim().ToLowerInvariant())
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return HslToHex(hash % 360, 0.55, 0.30);
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
        var builder = new StringBuilder(320);
        builder.Append("<svg class=\"monogram\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 56 56\" width=\"").Append(size)
            .Append("\" height=\"").Append(size).Append("\" role=\"img\" aria-label=\"").Append(HtmlText.Encode(provider))
            .Append("\"><rect width=\"56\" height=\"56\" rx=\"12\" fill=\"").Append(Colour(provider))
            .Append("\"/><text x=\"28\" y=\"29\" dominant-baseline=\"middle\" text-anchor=\"middle\" fill=\"#fff\" font-size=\"22\" font-weight=\"700\" font-family=\"system-ui,sans-serif\">")
            .Append(HtmlText.Encode(Initials(provider))).Append("</text></svg>");
        return builder.ToString();
    }

    private static bool IsMinorWord(string word) =>
        word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("the", StringComparison.OrdinalIgnoreCase)
        || word.Equals("and", StringComparison.OrdinalIgnoreCase) || word.Equals("for", StringComparison.OrdinalIgnoreCase);

    private static string HslToHex(double hue, double saturation, double lightness)
    {
        var chroma = (1 - Math.Abs(2 * lightness - 1)) * saturation;
        var x = chroma * (1 - Math.Abs(hue / 60 % 2 - 1));
        var m = lightness - chroma / 2;
        var (r, g, b) = hue switch
        {
            < 60 => (chroma, x, 0.0),
            < 120 => (x, chroma, 0.0),
            < 180 => (0.0, chroma, x),
            < 240 => (0.0, x, chroma),
            < 300 => (x, 0.0, chroma),
            _ => (chroma, 0.0, x),
        };
        return string.Create(CultureInfo.InvariantCulture, $"#{To255(r + m):x2}{To255(g + m):x2}{To255(b + m):x2}");
    }

    private static int To255(double value) => (int)Math.Round(value * 255);
}
