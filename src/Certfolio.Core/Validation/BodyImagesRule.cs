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
/// Images in the body must stay inside the portfolio, be files a build may publish, and should exist. Only lines that can hold an
/// image (<c>![</c>, outside fenced code) are parsed, so checking stays cheap on long bodies.
/// </summary>
public sealed class BodyImagesRule : IDocumentRule
{
    // Precise source locations give each image the span of its URL, which diagnostics point at.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();
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
            if (trimmed.StartsWith("```") || trimmed.StartsWith("~~~"))
            {
                if (fence is null) fence = trimmed[0];
                else if (fence == trimmed[0]) fence = null;
            }
            else if (fence is null && line.Contains("![", StringComparison.Ordinal))
            {
                lineNumber += body[counted..start].Count('\n');
                counted = start;
                // Only the rare line holding an image becomes a string for Markdig.
                foreach (var link in Markdown.Parse(line.ToString(), Pipeline).Descendants<LinkInline>())
                {
                    if (!link.IsImage || string.IsNullOrEmpty(link.Url)) continue;
                    var column = link.UrlSpan.IsEmpty ? link.Column + 1 : link.UrlSpan.Start + 1;
                    images.Add((link.Url, lineNumber, column));
                }
            }
        }
        return images;
    }
}
