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
        if (string.IsNullOrWhiteSpace(source.Text))
        {
            diagnostics.Add(Descriptors.EmptyFile, start);
            return null;
        }

        var fence = source.GetLineText(1).TrimEnd();
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
            var text = source.GetLineText(line).TrimEnd();
            var closes = format == FrontMatterFormat.Yaml ? text is "---" or "..." : text == "+++";
            if (!closes) continue;

            var contentStart = source.LineStart(2);
            var contentEnd = source.LineStart(line);
            if (contentEnd - contentStart > limits.MaxFrontMatterBytes)
            {
                diagnostics.Add(Descriptors.FrontMatterTooLarge, start, contentEnd - contentStart, limits.MaxFrontMatterBytes);
                return null;
            }
            var bodyOffset = line < source.LineCount ? source.LineStart(line + 1) : source.Text.Length;
            return new FrontMatterBlock(format.Value, source.Text[contentStart..contentEnd], 2, bodyOffset, line + 1);
        }

        diagnostics.Add(Descriptors.UnclosedFrontMatter, start, fence);
        return null;
    }
}
