using System.Buffers;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Certfolio.Core.Validation;

/// <summary>
/// Images in the body must stay inside the portfolio, be files a build may publish, and should exist. Only the part of a
/// paragraph from a line that can hold an image (<c>![</c>, outside fenced code) to the paragraph's end is parsed, so
/// checking stays cheap on long bodies, in the site's own dialect (<see cref="BodyMarkdown"/>), so that what check calls an
/// image is what the site renders as one: a link whose URL is on a later line of its paragraph included.
/// </summary>
public sealed class BodyImagesRule : IDocumentRule
{
    // Precise source locations give each image the span of its URL, which diagnostics point at.
    private static readonly MarkdownPipeline Pipeline = BodyMarkdown.CreateBuilder().UsePreciseSourceLocation().Build();
    private static readonly SearchValues<char> LineMarks = SearchValues.Create("!`~");

    public void Validate(Credential credential, Document document, ValidationContext context, DiagnosticBag diagnostics)
    {
        var directory = Path.GetDirectoryName(document.FilePath);
        foreach (var (url, line, column) in FindImages(document.BodySpan, document.BodyStartLine))
        {
            if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || url.StartsWith('#')) continue;
            var resolved = context.Publishing.Check(url, url.StartsWith('/') ? null : directory);
            // The URL as Markdig read it is the URL as written but for rare escapes: the report underlines it.
            var location = new SourceLocation(document.RelativePath, line, column) { End = new LinePosition(line, column + url.Length) };
            if (resolved.Refusal is not null)
                resolved.Report("image", url, location, diagnostics);
            else if (resolved.Resolution == AssetResolution.Outside)
                diagnostics.Add(Descriptors.ImageOutsideAssets, location, url, resolved.Reason);
            else if (resolved.Resolution == AssetResolution.Missing)
                diagnostics.Add(Descriptors.ImageNotFound, location, url, context.Layout.Relative(context.Assets.AssetsRoot));
        }
    }

    /// <summary>Image URLs with their 1-based file line and column.</summary>
    public static IEnumerable<(string Url, int Line, int Column)> FindImages(string body, int bodyStartLine) => FindImages(body.AsSpan(), bodyStartLine);

    /// <summary>Image URLs with their 1-based file line and column, read from the document's text without copying the body.</summary>
    public static IReadOnlyList<(string Url, int Line, int Column)> FindImages(ReadOnlySpan<char> body, int bodyStartLine)
    {
        if (body.IndexOf("![", StringComparison.Ordinal) < 0) return [];
        var images = new List<(string, int, int)>();
        char? fence = null;
        var lineNumber = bodyStartLine;
        var counted = 0;
        // Only lines holding a character that can matter are looked at, found by a vectorized search rather than
        // line by line: '!' may start an image, '`' and '~' a code fence. Lines are counted only up to an image.
        for (var from = 0; from < body.Length;)
        {
            var mark = body[from..].IndexOfAny(LineMarks);
            if (mark < 0) break;
            mark += from;
            var start = body[..mark].LastIndexOf('\n') + 1;
            var end = body[mark..].IndexOf('\n');
            end = end < 0 ? body.Length : mark + end;
            from = end + 1;

            var line = body[start..end].TrimEnd('\r');
            var trimmed = line.TrimStart();
            if (IsFence(trimmed))
            {
                if (fence is null) fence = trimmed[0];
                else if (fence == trimmed[0]) fence = null;
            }
            else if (fence is null && line.Contains("![", StringComparison.Ordinal))
            {
                lineNumber += body[counted..start].Count('\n');
                counted = start;
                // The link may go on over the next lines of its paragraph; the rare paragraph holding an image becomes
                // a string for Markdig, from this line to the paragraph's end, and is not looked at again.
                var paragraphEnd = ParagraphEnd(body, end);
                var snippet = body[start..paragraphEnd].ToString();
                from = paragraphEnd + 1;
                foreach (var link in Markdown.Parse(snippet, Pipeline).Descendants<LinkInline>())
                {
                    if (!link.IsImage || string.IsNullOrEmpty(link.Url)) continue;
                    var at = link.UrlSpan.IsEmpty ? link.Span.Start + 1 : link.UrlSpan.Start;
                    var lineStart = snippet.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
                    var linesBefore = snippet.AsSpan(0, lineStart).Count('\n');
                    images.Add((link.Url, lineNumber + linesBefore, at - lineStart + 1));
                }
            }
        }
        return images;
    }

    private static bool IsFence(ReadOnlySpan<char> trimmedLine) => trimmedLine.StartsWith("```") || trimmedLine.StartsWith("~~~");

    /// <summary>The index of the line break that ends the paragraph going on after <paramref name="lineEnd"/>: a blank line or a fence ends it.</summary>
    private static int ParagraphEnd(ReadOnlySpan<char> body, int lineEnd)
    {
        while (lineEnd < body.Length)
        {
            var next = body[(lineEnd + 1)..].IndexOf('\n');
            var nextEnd = next < 0 ? body.Length : lineEnd + 1 + next;
            var nextLine = body[(lineEnd + 1)..nextEnd].Trim();
            if (nextLine.IsEmpty || IsFence(nextLine)) return lineEnd;
            lineEnd = nextEnd;
        }
        return lineEnd;
    }
}
