using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;
using Certfolio.Core.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Certfolio.Core.Validation;

/// <summary>
/// A body link the site would blank (<c>javascript:</c>, <c>data:</c>, any scheme but http, https and mailto, or a
/// control character) is reported at its line and column, by the same <see cref="SafeUrl"/> rule the site renders with.
/// Only a body with a line holding a colon after a scheme other than http, https or mailto, beside link syntax, is parsed.
/// </summary>
public sealed class BodyLinksRule : IDocumentRule
{
    private static readonly Lazy<MarkdownPipeline> Pipeline = new(BodyMarkdown.CreatePipeline);

    public void Validate(Credential credential, Document document, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (!HasCandidateLine(document.BodySpan)) return;
        // The rare body with such a scheme beside link syntax is parsed whole, as the site parses it, so a link shown
        // in a code block or code span is code, not a link.
        var parsed = Markdown.Parse(document.BodySpan.ToString(), Pipeline.Value);
        foreach (var (url, line, column) in Urls(parsed))
        {
            if (!SafeUrl.IsSafe(url))
                diagnostics.Add(Descriptors.UnsafeBodyLink, new SourceLocation(document.RelativePath, document.BodyStartLine + line, column + 1), Printable(url));
        }
    }

    /// <summary>True when some line holds a scheme other than http, https or mailto beside link syntax: a scan without a parse.</summary>
    private static bool HasCandidateLine(ReadOnlySpan<char> body)
    {
        for (var from = 0; from < body.Length;)
        {
            var colon = body[from..].IndexOf(':');
            if (colon < 0) return false;
            colon += from;
            from = colon + 1;
            if (!OtherScheme(body, colon)) continue;
            var start = body[..colon].LastIndexOf('\n') + 1;
            var end = body[colon..].IndexOf('\n');
            end = end < 0 ? body.Length : colon + end;
            var line = body[start..end];
            if (line.IndexOf("](", StringComparison.Ordinal) >= 0 || line.IndexOf("]:", StringComparison.Ordinal) >= 0 || line.IndexOf('<') >= 0) return true;
        }
        return false;
    }

    /// <summary>Every link destination the site would render, in the order of the body, with its 0-based line and column.</summary>
    private static IEnumerable<(string Url, int Line, int Column)> Urls(MarkdownDocument parsed)
    {
        var urls = new List<(string Url, int Line, int Column)>();
        foreach (var link in parsed.Descendants<LinkInline>())
        {
            if (!link.IsImage && !string.IsNullOrEmpty(link.Url)) urls.Add((link.Url, link.Line, link.Column));
        }
        foreach (var autolink in parsed.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail) urls.Add((autolink.Url, autolink.Line, autolink.Column));
        }
        foreach (var definition in parsed.Descendants<LinkReferenceDefinition>())
        {
            if (!string.IsNullOrEmpty(definition.Url)) urls.Add((definition.Url, definition.Line, definition.Column));
        }
        return urls.OrderBy(url => url.Line).ThenBy(url => url.Column);
    }

    /// <summary>
    /// True when the colon at <paramref name="colon"/> ends a scheme-like word other than http, https or mailto, where a
    /// link destination can start (after '(', '&lt;', a space, an entity's ';' or at a line start) and something follows
    /// it: "**Provider:** x" and "Note: x" are prose.
    /// </summary>
    private static bool OtherScheme(ReadOnlySpan<char> body, int colon)
    {
        if (colon + 1 >= body.Length || char.IsWhiteSpace(body[colon + 1])) return false;
        var start = colon;
        while (start > 0 && (char.IsAsciiLetterOrDigit(body[start - 1]) || body[start - 1] is '+' or '-' or '.')) start--;
        if (start == colon || !char.IsAsciiLetter(body[start])) return false;
        if (start > 0 && body[start - 1] is not ('(' or '<' or ' ' or '\t' or ';' or '\n')) return false;
        var scheme = body[start..colon];
        return !(scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
                 || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase));
    }

    private static string Printable(string url)
    {
        var shown = url.Length > 80 ? url[..80] + "…" : url;
        return ControlCharacters.IsClean(shown) ? shown : string.Concat(shown.Select(c => ControlCharacters.IsClean([c]) ? c.ToString() : $"\\u{(int)c:X4}"));
    }
}
