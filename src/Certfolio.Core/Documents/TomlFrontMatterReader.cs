using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;

namespace Certfolio.Core.Documents;

/// <summary>Reads TOML front matter (Hugo's <c>+++</c>) into the same positioned tree as YAML.</summary>
public static class TomlFrontMatterReader
{
    public static FrontMatterNode? Read(FrontMatterBlock block, string relativePath, DocumentLimits limits, DiagnosticBag diagnostics)
    {
        // TODO(core helper): implement with Tomlyn's syntax tree.
        diagnostics.Add(Descriptors.TomlSyntax, new SourceLocation(relativePath, block.FirstLine, 1), "TOML front matter is not read yet");
        return null;
    }
}
