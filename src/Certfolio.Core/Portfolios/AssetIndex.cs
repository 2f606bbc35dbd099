namespace Certfolio.Core.Portfolios;

/// <summary>
/// One listing of the assets folder, which answers every "does it exist, is it a link" question of a load without a
/// system call per reference. An assets folder that leads outside the portfolio (CF0203, CF0207) is not listed: it
/// could be the whole disk.
/// </summary>
internal sealed class AssetIndex
{
    private readonly bool _folderIsLinked;

    private AssetIndex(Dictionary<string, FileEntry> entries, bool folderIsLinked)
    {
        Entries = entries;
        _folderIsLinked = folderIsLinked;
    }

    /// <summary>Every file below the assets folder, outside linked subfolders (the listing does not enter those), by full path.</summary>
    public IReadOnlyDictionary<string, FileEntry> Entries { get; }

    public static AssetIndex Of(string assetsRoot, string portfolioRoot, IFileSystem fileSystem)
    {
        var assets = Path.GetFullPath(assetsRoot);
        var gate = new PortfolioFileGate(portfolioRoot, fileSystem);
        if (!fileSystem.DirectoryExists(assets) || !PortfolioLoader.IsInside(gate, assets, out var realAssets))
            return new AssetIndex(new Dictionary<string, FileEntry>(StringComparer.Ordinal), folderIsLinked: true);
        var entries = fileSystem.EnumerateFileEntries(assets).ToDictionary(e => e.FullPath, StringComparer.Ordinal);
        // Reached through a link when its real path is not where it sits below the real portfolio folder.
        var expected = Path.Join(gate.RealRoot, Path.GetRelativePath(gate.RootPath, assets));
        return new AssetIndex(entries, folderIsLinked: !string.Equals(Path.TrimEndingDirectorySeparator(realAssets), Path.TrimEndingDirectorySeparator(expected), StringComparison.Ordinal));
    }

    /// <summary>
    /// A listed entry that is no link and has bytes, in a folder reached through no link, is a regular file inside the
    /// portfolio: pipes, devices and sockets all list with length 0, and the listing enters no linked subfolder.
    /// </summary>
    public bool IsListedRegularFile(FileEntry entry) => !_folderIsLinked && !entry.IsSymbolicLink && entry.Length > 0;
}
