namespace Certfolio.Core.Portfolios;

/// <summary>Where a portfolio keeps things, discovered the way existing sites are laid out. All paths are absolute.</summary>
public sealed record PortfolioLayout(string Root, string? ContentDirectory, string AssetsDirectory, string TrainingDirectory, string? ConfigPath, string ThemeDirectory)
{
    public static readonly IReadOnlyList<string> ContentCandidates = ["certifications", "content/certifications", "src/content/certifications"];

    /// <summary>Finds the content and assets folders; <paramref name="config"/> paths win over discovery.</summary>
    public static PortfolioLayout Discover(string root, PortfolioConfig config, IFileSystem fileSystem)
    {
        root = Path.GetFullPath(root);
        var configPath = Path.Combine(root, ConfigReader.FileName);

        string? content = config.Content is { } c ? Path.GetFullPath(Path.Combine(root, c)) : null;
        content ??= ContentCandidates.Select(candidate => Path.Combine(root, candidate)).FirstOrDefault(fileSystem.DirectoryExists);

        var isHugo = fileSystem.FileExists(Path.Combine(root, "hugo.toml")) || fileSystem.FileExists(Path.Combine(root, "config.toml"))
                     || fileSystem.FileExists(Path.Combine(root, "hugo.yaml"));
        string assets;
        if (config.Assets is { } a) assets = Path.GetFullPath(Path.Combine(root, a));
        else if (isHugo) assets = Path.Combine(root, "static");
        else if (fileSystem.DirectoryExists(Path.Combine(root, "public"))) assets = Path.Combine(root, "public");
        else if (fileSystem.DirectoryExists(Path.Combine(root, "static"))) assets = Path.Combine(root, "static");
        else assets = Path.Combine(root, "public");

        var training = Path.GetFullPath(Path.Combine(root, config.Training ?? "training"));
        return new PortfolioLayout(root, content, assets, training, fileSystem.FileExists(configPath) ? configPath : null, Path.Combine(root, "theme"));
    }

    /// <summary>True when <paramref name="path"/> lies below <paramref name="folder"/> by name (links are not followed; the gate checks those).</summary>
    public static bool Contains(string folder, string path) => AssetResolver.IsInside(path, folder);

    /// <summary>A path relative to the root with forward slashes, as diagnostics print it.</summary>
    public string Relative(string fullPath) =>
        // A listed document's path is already normalised and under the root: its relative path is what follows
        // the root, without normalising both paths again for each of thousands of documents.
        fullPath.Length > Root.Length + 1 && fullPath.StartsWith(Root, StringComparison.Ordinal) && fullPath[Root.Length] == Path.DirectorySeparatorChar
            && !fullPath.Contains("/.", StringComparison.Ordinal) && !fullPath.Contains("//", StringComparison.Ordinal)
            ? fullPath[(Root.Length + 1)..].Replace('\\', '/')
            : Path.GetRelativePath(Root, fullPath).Replace('\\', '/');
}
