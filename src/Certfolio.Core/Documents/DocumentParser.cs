using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;

namespace Certfolio.Core.Documents;

/// <summary>Stage one: bytes of a Markdown file to a <see cref="Document"/> with its front matter tree.</summary>
public static class DocumentParser
{
    /// <summary>Parses a file's bytes. Returns null when not even the text could be read.</summary>
    public static Document? Parse(string filePath, string relativePath, ReadOnlySpan<byte> bytes, DocumentLimits limits, DiagnosticBag diagnostics)
    {
        var source = SourceDecoder.DecodeDocument(bytes, relativePath, limits, diagnostics);
        return source is null ? null : Parse(filePath, relativePath, source, limits, diagnostics);
    }

    public static Document Parse(string filePath, string relativePath, string text, DocumentLimits limits, DiagnosticBag diagnostics) =>
        Parse(filePath, relativePath, new SourceText(text), limits, diagnostics);

    /// <summary>Parses a text already decoded, such as one in a pooled buffer (<see cref="SourceDecoder.DecodeInto"/>).</summary>
    public static Document Parse(string filePath, string relativePath, SourceText source, DocumentLimits limits, DiagnosticBag diagnostics)
    {
        var block = FrontMatterSplitter.Split(source, relativePath, limits, diagnostics);
        if (block is null)
            return new Document(filePath, relativePath, source, FrontMatterFormat.Yaml, null, 0, 1);

        var root = block.Format == FrontMatterFormat.Yaml
            ? YamlFrontMatterReader.Read(block, relativePath, limits, diagnostics)
            : TomlFrontMatterReader.Read(block, relativePath, limits, diagnostics);

        FrontMatterMapping? mapping = null;
        if (root is FrontMatterMapping m) mapping = m;
        else if (root is FrontMatterScalar { IsNull: true } empty) mapping = new FrontMatterMapping(empty.Start, []);
        else if (root is not null)
            diagnostics.Add(Descriptors.FrontMatterNotMapping, SourceLocation.At(relativePath, root.Span), root.Describe());

        return new Document(filePath, relativePath, source, block.Format, mapping, block.BodyOffset, block.BodyStartLine);
    }
}
