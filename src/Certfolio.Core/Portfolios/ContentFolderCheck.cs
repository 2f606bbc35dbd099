using Certfolio.Core.Diagnostics;

namespace Certfolio.Core.Portfolios;

/// <summary>
/// Where <c>import</c> and <c>new</c> may write new documents: into the content folder <c>check</c> reads, and only
/// when <c>check</c> would read it. The rule is the loader's (<see cref="PortfolioLoader.ConfineToRoot"/>), so the
/// refusal is the same diagnostic: <c>content:</c> pointing outside the portfolio is CF0203, a content folder that is
/// a symbolic link leading outside is CF0207.
/// </summary>
public static class ContentFolderCheck
{
    /// <summary>The folder to write into (the discovered one, else <c>certifications/</c>), or the reasons not to.</summary>
    public static (string? Folder, IReadOnlyList<Diagnostic> Refusals) WritableFolder(string root, PortfolioConfig config, string defaultFolder, IFileSystem? fileSystem = null)
    {
        fileSystem ??= PhysicalFileSystem.Instance;
        var discovered = PortfolioLayout.Discover(Path.GetFullPath(root), config, fileSystem);
        var folder = discovered.ContentDirectory ?? Path.Combine(discovered.Root, defaultFolder);
        var diagnostics = new DiagnosticBag();
        // Only the content folder is in question here (assets or training outside are check's to report), so the
        // other two are given as the root itself, which is always inside.
        var contentOnly = discovered with { ContentDirectory = folder, AssetsDirectory = discovered.Root, TrainingDirectory = discovered.Root };
        var confined = PortfolioLoader.ConfineToRoot(contentOnly, config, fileSystem, diagnostics);
        return confined.ContentDirectory is null ? (null, diagnostics.Items) : (folder, []);
    }
}
