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
/// control character) is reported at its line, by the same <see cref="SafeUrl"/> rule the site renders with. Only
/// lines holding a colon after a scheme other than http, https or mailto, beside link syntax, are parsed.
/// </summary>
public sealed class BodyLinksRule : IDocumentRule
{
    private static readonly Lazy<MarkdownPipeline> Pipeline = new(BodyMarkdown.CreatePipeline);

    public void Validate(Credential credential, Document document, ValidationContext context, DiagnosticBag diagnostics)
    {
        var body = document.BodySpan;
        var lineNumber = document.BodyStartLine;
        var counted = 0;
        var lastParsedLine = -1;
        for (var from = 0; from < body.Length;)
        {
            var colon = body[from..].IndexOf(':');
            if (colon < 0) break;
            colon += from;
            from = colon + 1;
            if (!OtherScheme(body, colon)) continue;
            var start = body[..colon].LastIndexOf('\n') + 1;
            if (start == lastParsedLine) continue;
            var end = body[colon..].IndexOf('\n');
            end = end < 0 ? body.Length : colon + end;
            var line = body[start..end];
            if (line.IndexOf("](", StringComparison.Ordinal) < 0 && line.IndexOf("]:", StringComparison.Ordinal) < 0 && line.IndexOf('<') < 0) continue;
            lastParsedLine = start;
            lineNumber += body[counted..start].Count('\n');
            counted = start;
            // The rare line with such a scheme beside link syntax becomes a string for Markdig.
            var parsed = Markdown.Parse(line.ToString(), Pipeline.Value);
            foreach (var url in Urls(parsed))
            {
                if (!SafeUrl.IsSafe(url))
                    diagnostics.Add(Descriptors.UnsafeBodyLink, new SourceLocation(document.RelativePath, lineNumber, 1), Printable(url));
            }
        }
    }

    private static IEnumerable<string> Urls(MarkdownDocument parsed)
    {
        foreach (var link in parsed.Descendants<LinkInline>())
        {
            if (!link.IsImage && !string.IsNullOrEmpty(link.Url)) yield return link.Url;
        }
        foreach (var autolink in parsed.Descendants<AutolinkInline>())
        {
            if (!autolink.IsEmail) yield return autolink.Url;
        }
        foreach (var definition in parsed.Descendants<Markdig.Syntax.LinkReferenceDefinition>())
        {
            if (!string.IsNullOrEmpty(definition.Url)) yield return definition.Url;
        }
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
