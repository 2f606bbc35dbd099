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

        // Lines are compared as spans: a document has hundreds of lines and none of them needs a string.
        var fence = Line(source, 1);
        var format = fence switch
        {
            "---" => FrontMatterFormat.Yaml,
            "+++" => FrontMatterFormat.Toml,
            _ => (FrontMatterFormat?)null,
        };
        if (format is null)
        {
            diagnostics.Add(Descriptors.MissingFrontMatter, start);
            return null;
        }

        for (var line = 2; line <= source.LineCount; line++)
        {
            var text = Line(source, line);
            var closes = format == FrontMatterFormat.Yaml ? text is "---" or "..." : text is "+++";
            if (!closes) continue;

            var contentStart = source.LineStart(2);
            var contentEnd = source.LineStart(line);
            if (contentEnd - contentStart > limits.MaxFrontMatterBytes)
            {
                diagnostics.Add(Descriptors.FrontMatterTooLarge, start, contentEnd - contentStart, limits.MaxFrontMatterBytes);
                return null;
            }
            var bodyOffset = line < source.LineCount ? source.LineStart(line + 1) : source.Length;
            return new FrontMatterBlock(format.Value, source.Span[contentStart..contentEnd].ToString(), 2, bodyOffset, line + 1);
        }

        diagnostics.Add(Descriptors.UnclosedFrontMatter, start, fence.ToString());
        return null;
    }

    /// <summary>A 1-based line without its line break and trailing white space.</summary>
    private static ReadOnlySpan<char> Line(SourceText source, int line)
    {
        var start = source.LineStart(line);
        var end = line < source.LineCount ? source.LineStart(line + 1) : source.Length;
        return source.Span[start..end].TrimEnd();
    }
}
