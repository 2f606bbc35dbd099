using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;

namespace Certfolio.Core.Portfolios;

/// <summary>
/// Whether new documents may be written into a portfolio's content folder (<c>import</c>, <c>new</c>): the folder
/// <c>check</c> would refuse to read from is refused for writing, with the same diagnostic. <c>content:</c> pointing
/// outside the portfolio is CF0203, exactly as <c>check</c> reports it; a content folder that is a symbolic link
/// leading outside is CF0930.
/// </summary>
public static class ContentFolderCheck
{
    /// <summary>The reasons not to write into <paramref name="contentDirectory"/>; empty when it is inside the portfolio.</summary>
    public static IReadOnlyList<Diagnostic> Refusals(PortfolioLayout layout, PortfolioConfig config, string contentDirectory, IFileSystem? fileSystem = null)
    {
        var diagnostics = new DiagnosticBag();
        var location = SourceLocation.FileStart(ConfigReader.FileName);
        if (config.Content is { } configured && contentDirectory != layout.Root && !AssetResolver.IsInside(contentDirectory, layout.Root))
        {
            diagnostics.Add(Descriptors.PathOutsidePortfolio, location, $"content: {configured}");
            return diagnostics.Items;
        }
        fileSystem ??= PhysicalFileSystem.Instance;
        try
        {
            var realRoot = fileSystem.RealPath(layout.Root);
            var realContent = fileSystem.RealPath(contentDirectory);
            if (realContent != realRoot && !AssetResolver.IsInside(realContent, realRoot))
                diagnostics.Add(Descriptors.ContentFolderLinkedOutside, SourceLocation.FileStart(layout.Relative(contentDirectory)), layout.Relative(contentDirectory), realContent);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Descriptors.Unreadable, location, e.Message);
        }
        return diagnostics.Items;
    }
}
