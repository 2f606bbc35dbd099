using System.Text.RegularExpressions;

namespace Certfolio.Site.Templates;

/// <summary>
/// The <c>unbroken_codes</c> filter: document text, HTML-encoded, with exam and product codes ("(AZ-104)",
/// "SAA-C03", "1Z0-071") kept on one line, so a narrow column never breaks a title at a code's hyphen.
/// </summary>
internal static partial class UnbrokenCodes
{
    /// <summary>The encoded text with each code in a <c>&lt;span class="nowrap"&gt;</c>.</summary>
    public static string Html(string text)
    {
        var encoded = HtmlText.Encode(text);
        // Most titles hold no hyphen next to a digit: they skip the search.
        if (!encoded.Contains('-') || !encoded.AsSpan().ContainsAnyInRange('0', '9')) return encoded;
        return Code().Replace(encoded, "<span class=\"nowrap\">$0</span>");
    }

    // Letters and digits joined by hyphens, holding a digit, with the brackets around it if any: codes, not words
    // ("Cloud-Native" has no digit and may break).
    [GeneratedRegex(@"\(?\b(?=[A-Za-z0-9-]*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+\b\)?", RegexOptions.CultureInvariant)]
    private static partial Regex Code();
}
