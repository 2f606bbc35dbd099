using Certfolio.Core.Text;

namespace Certfolio.Core.Documents;

/// <summary>
/// A parsed Markdown file: its text, its front matter as a positioned tree, and its body.
/// <see cref="FrontMatter"/> is null when the front matter could not be read (diagnostics say why).
/// </summary>
public sealed record Document(
    string FilePath,
    string RelativePath,
    SourceText Source,
    FrontMatterFormat Format,
    FrontMatterMapping? FrontMatter,
    string Body,
    int BodyStartLine)
{
    /// <summary>File name without extension, the basis of the page slug.</summary>
    public string Name => Path.GetFileNameWithoutExtension(FilePath);
}
