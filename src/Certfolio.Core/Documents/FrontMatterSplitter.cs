using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;

namespace Certfolio.Core.Documents;

/// <summary>The front matter block of a document, located but not yet parsed.</summary>
public sealed record FrontMatterBlock(FrontMatterFormat Format, string Text, int FirstLine, int BodyOffset, int BodyStartLine);

/// <summary>Finds the <c>---</c> (YAML) or <c>+++</c> (TOML) fenced block at the top of a document.</summary>
public static class FrontMatterSplitter
{
    public static FrontMatterBlock? Split(SourceText source, string relativePath, DocumentLimits limits, DiagnosticBag diagnostics)
    {
        var start = SourceLocation.FileStart(relativePath);
        if (source.Span.IsWhiteSpace())
        {
            diagnostics.Add(Descriptors.EmptyFile, start);
            return null;
        }

        // Lines are walked as spans, without the text's line map: a document has hundreds of lines, the block
        // is at its top, and a text that is never asked for a position never builds the map.
        var text = source.Span;
        var firstEnd = LineEnd(text, 0);
        var fence = text[..firstEnd].TrimEnd();
        var format = fence switch
        {
            "---" => FrontMatterFormat.Yaml,
            "+++" => FrontMatterFormat.Toml,
            _ => (FrontMatterFormat?)null,
        };
        if (format is null)
        {
            // The first line is what should have been a fence: the report underlines all of it.
            diagnostics.Add(Descriptors.MissingFrontMatter, start with { End = new LinePosition(1, 1 + text[..firstEnd].TrimEnd('\r').Length) });
            return null;
        }

        var contentStart = firstEnd + 1;
        for (int line = 2, lineStart = contentStart; lineStart <= text.Length; line++)
        {
            var lineEnd = LineEnd(text, lineStart);
            var trimmed = text[lineStart..lineEnd].TrimEnd();
            var closes = format == FrontMatterFormat.Yaml ? trimmed is "---" or "..." : trimmed is "+++";
            if (!closes)
            {
                lineStart = lineEnd + 1;
                continue;
            }

            if (lineStart - contentStart > limits.MaxFrontMatterBytes)
            {
                diagnostics.Add(Descriptors.FrontMatterTooLarge, start, lineStart - contentStart, limits.MaxFrontMatterBytes);
                return null;
            }
            var bodyOffset = Math.Min(lineEnd + 1, text.Length);
            return new FrontMatterBlock(format.Value, text[contentStart..lineStart].ToString(), 2, bodyOffset, line + 1);
        }

        diagnostics.Add(Descriptors.UnclosedFrontMatter, start, fence.ToString());
        return null;
    }

    /// <summary>Where the line starting at <paramref name="lineStart"/> ends: its line feed, or the end of the text.</summary>
    private static int LineEnd(ReadOnlySpan<char> text, int lineStart)
    {
        var newline = text[lineStart..].IndexOf('\n');
        return newline < 0 ? text.Length : lineStart + newline;
    }
}
