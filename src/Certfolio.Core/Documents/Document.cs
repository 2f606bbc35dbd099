using Certfolio.Core.Text;

namespace Certfolio.Core.Documents;

/// <summary>
/// A parsed Markdown file: its text, its front matter as a positioned tree, and its body.
/// <see cref="FrontMatter"/> is null when the front matter could not be read (diagnostics say why), or once bound
/// by a loader that keeps only bodies (<see cref="Portfolios.LoadPurpose.Build"/>).
/// </summary>
public sealed record Document(
    string FilePath,
    string RelativePath,
    SourceText Source,
    FrontMatterFormat Format,
    FrontMatterMapping? FrontMatter,
    int BodyOffset,
    int BodyStartLine)
{
    // The body is a view of the text rather than a second string: a loaded portfolio keeps every document, and
    // a stored copy of each body doubled what a 10,000-document build holds (~95 MB).

    /// <summary>The Markdown after the front matter, from <paramref name="BodyOffset"/> in the text (a new string on each call).</summary>
    public string Body => BodyOffset == 0 ? Source.Text : Source.Span[BodyOffset..].ToString();

    /// <summary>The body without copying it.</summary>
    public ReadOnlySpan<char> BodySpan => Source.Span[BodyOffset..];

    /// <summary>File name without extension, the basis of the page slug.</summary>
    public string Name => Path.GetFileNameWithoutExtension(FilePath);
}
