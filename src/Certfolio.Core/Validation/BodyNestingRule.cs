using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;
using Certfolio.Core.Text;
using Markdig;

namespace Certfolio.Core.Validation;

/// <summary>
/// A body the Markdown renderer refuses (quotes, lists or brackets nested past its depth limit) is reported where
/// the nesting peaks, so <c>check</c> fails on what <c>build</c> cannot render. A cheap count of the characters
/// that nest rules out nearly every body; only a body deep enough to be suspect is rendered, exactly as the site does.
/// </summary>
public sealed class BodyNestingRule : IValidationRule
{
    /// <summary>Nesting below this many levels is never suspect: the renderer's limit is far above it.</summary>
    private const int Suspect = 32;

    /// <summary>The depth the renderer refuses (Markdig's limit), named in the message.</summary>
    public const int RendererLimit = 128;

    private static readonly MarkdownPipeline Pipeline = BodyMarkdown.CreatePipeline();

    public void Validate(Credential credential, ValidationContext context, DiagnosticBag diagnostics)
    {
        var document = credential.Document;
        var body = document.BodySpan;
        // Each level of nesting takes at least one '>', '[' or '(' (vectorized counts, no per-character loop).
        if (body.Count('>') + body.Count('[') + body.Count('(') < Suspect) return;
        var (depth, line) = DeepestLine(body);
        if (depth < Suspect) return;
        try
        {
            Markdown.ToHtml(body.ToString(), TextWriter.Null, Pipeline);
        }
        catch (Exception e) when (BodyMarkdown.IsDepthLimit(e))
        {
            diagnostics.Add(Descriptors.BodyNestingTooDeep, new SourceLocation(document.RelativePath, document.BodyStartLine + line, 1), RendererLimit);
        }
    }

    /// <summary>An upper bound of the nesting on each line (leading quote and list markers, open brackets), and the 0-based line where it peaks.</summary>
    public static (int Depth, int Line) DeepestLine(ReadOnlySpan<char> body)
    {
        var deepest = 0;
        var deepestLine = 0;
        var brackets = 0;
        var lineNumber = 0;
        foreach (var range in body.Split('\n'))
        {
            var line = body[range];
            if (line.IsWhiteSpace())
            {
                // Inline nesting does not cross a paragraph.
                brackets = 0;
                lineNumber++;
                continue;
            }
            var lead = 0;
            var i = 0;
            for (; i < line.Length; i++)
            {
                var c = line[i];
                if (c == '>') lead++;
                else if (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] is ' ' or '\t') lead++;
                else if (c is not (' ' or '\t')) break;
            }
            var peak = brackets;
            for (; i < line.Length; i++)
            {
                switch (line[i])
                {
                    case '[' or '(':
                        if (++brackets > peak) peak = brackets;
                        break;
                    case ']' or ')':
                        if (brackets > 0) brackets--;
                        break;
                }
            }
            if (lead + peak > deepest)
            {
                deepest = lead + peak;
                deepestLine = lineNumber;
            }
            lineNumber++;
        }
        return (deepest, deepestLine);
    }
}
