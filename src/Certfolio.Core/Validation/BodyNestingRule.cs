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
public sealed class BodyNestingRule : IDocumentRule
{
    /// <summary>Nesting below this many levels is never suspect: the renderer's limit is far above it.</summary>
    private const int Suspect = 32;

    /// <summary>The depth the renderer refuses (Markdig's limit), named in the message.</summary>
    public const int RendererLimit = 128;

    // Built on the first suspect body, not at start-up: nearly every check run never needs it.
    private static readonly Lazy<MarkdownPipeline> Pipeline = new(BodyMarkdown.CreatePipeline);

    public void Validate(Credential credential, Document document, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (!MaySuspect(document.BodySpan)) return;
        var (depth, line) = DeepestLine(document.BodySpan);
        if (depth < Suspect) return;
        try
        {
            Markdown.ToHtml(document.Body, TextWriter.Null, Pipeline.Value);
        }
        catch (Exception e) when (BodyMarkdown.IsDepthLimit(e))
        {
            diagnostics.Add(Descriptors.BodyNestingTooDeep, new SourceLocation(document.RelativePath, document.BodyStartLine + line, 1), RendererLimit);
        }
    }

    /// <summary>
    /// What makes a body deep without many quote markers or brackets: two list markers in a row ("- - x", "1. 1. x"
    /// nest lists on one line; "- **bold**" does not) or deep indentation. One multi-string search finds any of them.
    /// </summary>
    private static readonly System.Buffers.SearchValues<string> DeepShapes = System.Buffers.SearchValues.Create(
        ["- - ", "- * ", "- + ", "* - ", "* * ", "* + ", "+ - ", "+ * ", "+ + ", ". 1. ", ") 1) ", ". 0. ", ") 0) ", new string(' ', Suspect), "\t\t\t\t\t\t\t\t"],
        StringComparison.Ordinal);

    /// <summary>
    /// Whether the body could nest <see cref="Suspect"/> levels, by vectorized searches only (check reads 25,000
    /// documents a second, and nearly no body comes close): each level takes a quote marker or an open bracket, two
    /// list markers in a row, or two more columns of indentation. A false alarm only costs a line scan.
    /// </summary>
    private static bool MaySuspect(ReadOnlySpan<char> body)
    {
        if (body.Length < Suspect) return false;
        // Three vectorized counts over the whole body cost less than stepping from opener to opener.
        var openers = body.Count('>') + body.Count('[') + body.Count('(');
        return openers >= Suspect || body.IndexOfAny(DeepShapes) >= 0;
    }

    /// <summary>
    /// An upper bound of the nesting on each line (leading quote and list markers, indentation, open brackets), and the
    /// 0-based line where it peaks. Lines are found and brackets counted by vectorized searches; only the few characters
    /// at the start of a line are looked at one by one.
    /// </summary>
    public static (int Depth, int Line) DeepestLine(ReadOnlySpan<char> body)
    {
        var deepest = 0;
        var deepestLine = 0;
        var brackets = 0;
        var lineNumber = 0;
        while (true)
        {
            var end = body.IndexOf('\n');
            var line = end < 0 ? body : body[..end];
            var lead = Lead(line, out var markers);
            var rest = line[markers..];
            if (rest.IsEmpty || rest.IsWhiteSpace())
            {
                // Inline nesting does not cross a paragraph.
                brackets = 0;
            }
            var peak = brackets;
            for (var at = rest.IndexOfAny(Brackets); at >= 0; at = rest.IndexOfAny(Brackets))
            {
                if (rest[at] is '[' or '(')
                {
                    if (++brackets > peak) peak = brackets;
                }
                else if (brackets > 0) brackets--;
                rest = rest[(at + 1)..];
            }
            if (lead + peak > deepest)
            {
                deepest = lead + peak;
                deepestLine = lineNumber;
            }
            if (end < 0) return (deepest, deepestLine);
            body = body[(end + 1)..];
            lineNumber++;
        }
    }

    private static readonly System.Buffers.SearchValues<char> Brackets = System.Buffers.SearchValues.Create("[]()");

    /// <summary>Quote and list markers, and indentation (two columns a level), at the start of a line; <paramref name="length"/> is how many characters they take.</summary>
    private static int Lead(ReadOnlySpan<char> line, out int length)
    {
        var lead = 0;
        var spaces = 0;
        var i = 0;
        for (; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '>') lead++;
            else if (c == ' ') spaces++;
            else if (c == '\t') spaces += 4;
            else if (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] is ' ' or '\t') lead++;
            else if (char.IsAsciiDigit(c))
            {
                // An ordered list marker: digits, then '.' or ')' and a space.
                var j = i;
                while (j < line.Length && char.IsAsciiDigit(line[j])) j++;
                if (j + 1 < line.Length && line[j] is '.' or ')' && line[j + 1] is ' ' or '\t')
                {
                    lead++;
                    i = j;
                }
                else break;
            }
            else break;
        }
        length = i;
        return lead + spaces / 2;
    }
}
