using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Certfolio.Core.Portfolios;

public enum AssetResolution
{
    /// <summary>An absolute http(s) URL: nothing to check on disk.</summary>
    Url,
    /// <summary>A file inside the folder that exists.</summary>
    Found,
    /// <summary>Inside the folder but not there.</summary>
    Missing,
    /// <summary>Escapes the folder: <c>..</c>, absolute system paths, <c>~</c>, UNC, drive letters, other schemes, or a link outside.</summary>
    Outside,
}

/// <summary>The outcome of resolving a reference, with the file it names when there is one.</summary>
public sealed record ResolvedAsset(AssetResolution Resolution, string? FullPath, string Reason)
{
    /// <summary>
    /// Found by listing the assets folder as a file with bytes that is no link, in a folder reached through no link from
    /// the portfolio folder: then it is a regular file inside the portfolio, and no further system call can say more
    /// (the rule of <see cref="PortfolioFileGate"/> for listed documents).
    /// </summary>
    public bool IsListedRegularFile { get; init; }
}

/// <summary>
/// Resolves references such as <c>/logos/x.png</c> against a root folder and refuses any that could
/// leave it. The single place that decides what may be read or copied from a portfolio.
/// </summary>
public sealed partial class AssetResolver(string assetsRoot, string portfolioRoot, IFileSystem fileSystem)
{
    private readonly string _assetsRoot = Path.GetFullPath(assetsRoot);
    private readonly string _portfolioRoot = Path.GetFullPath(portfolioRoot);
    private readonly Lazy<string> _realPortfolioRoot = new(() => fileSystem.RealPath(portfolioRoot));
    // One enumeration of the assets folder answers every "does it exist, is it a link" question of a load.
    // An assets folder that leads outside the portfolio (CF0203, CF0207) is not listed: it could be the whole disk.
    private readonly Lazy<AssetIndex> _assetIndex = new(() => AssetIndex.Of(assetsRoot, portfolioRoot, fileSystem));

    // Thousands of documents name the same few logos: each distinct reference to the assets folder is resolved once,
    // which the index already makes a snapshot of one load. References relative to a document's folder are looked up
    // on disk each time, since the preview server keeps its resolver across edits.
    private readonly ConcurrentDictionary<string, ResolvedAsset> _resolvedInAssets = new(StringComparer.Ordinal);

    public string AssetsRoot => _assetsRoot;

    /// <summary>The portfolio folder, as given (links not resolved).</summary>
    public string PortfolioRoot => _portfolioRoot;

    /// <summary>The file access this resolver reads through, for the checks that read what it found (SVG files).</summary>
    public IFileSystem FileSystem => fileSystem;

    // Made on first use and shared by every document of a load; two threads making one each is harmless (they agree).
    private PortfolioFileGate? _gate;

    /// <summary>The gate every file of this portfolio is read through, sharing this resolver's resolved root.</summary>
    public PortfolioFileGate Gate => _gate ??= new PortfolioFileGate(this, fileSystem);

    /// <summary>The portfolio folder with its links resolved, computed once per resolver (so once per load).</summary>
    public string RealPortfolioRoot => _realPortfolioRoot.Value;

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.\-]*:")]
    private static partial Regex Scheme();

    /// <summary>Resolves a logo or image reference; a leading <c>/</c> is the assets root.</summary>
    public ResolvedAsset Resolve(string reference, string? relativeToDirectory = null) =>
        relativeToDirectory is null || reference.StartsWith('/')
            ? _resolvedInAssets.GetOrAdd(reference, static (r, resolver) => resolver.ResolveUncached(r, null), this)
            : ResolveUncached(reference, relativeToDirectory);

    private ResolvedAsset ResolveUncached(string reference, string? relativeToDirectory)
    {
        var value = reference.Trim();
        if (value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return new ResolvedAsset(AssetResolution.Url, null, "an http(s) URL");
        if (value.Length == 0)
            return new ResolvedAsset(AssetResolution.Outside, null, "an empty path");
        if (value.StartsWith('~'))
            return new ResolvedAsset(AssetResolution.Outside, null, "'~' is a home folder");
        if (value.StartsWith(@"\\", StringComparison.Ordinal) || value.StartsWith("//", StringComparison.Ordinal))
            return new ResolvedAsset(AssetResolution.Outside, null, "a network (UNC) path");
        if (value.Length >= 2 && char.IsAsciiLetter(value[0]) && value[1] == ':')
            return new ResolvedAsset(AssetResolution.Outside, null, "a drive letter");
        if (Scheme().IsMatch(value))
            return new ResolvedAsset(AssetResolution.Outside, null, $"the '{value[..value.IndexOf(':')]}:' scheme");
        if (value.Contains('\0'))
            return new ResolvedAsset(AssetResolution.Outside, null, "a NUL character");

        var pathPart = value.Split('?', '#')[0].Replace('\\', '/');
        pathPart = Uri.UnescapeDataString(pathPart);
        var root = pathPart.StartsWith('/') || relativeToDirectory is null ? _assetsRoot : Path.GetFullPath(relativeToDirectory);
        var boundary = pathPart.StartsWith('/') || relativeToDirectory is null ? _assetsRoot : _portfolioRoot;
        var full = Path.GetFullPath(Path.Combine(root, pathPart.TrimStart('/')));
        if (!IsInside(full, boundary))
            return new ResolvedAsset(AssetResolution.Outside, null, "'..' leaves the folder");
        bool mayBeLink;
        if (IsInside(full, _assetsRoot))
        {
            var index = _assetIndex.Value;
            if (!index.Entries.TryGetValue(full, out var entry))
                return MissingOrLinkedFolder(full);
            if (index.IsListedRegularFile(entry))
                return new ResolvedAsset(AssetResolution.Found, full, "found") { IsListedRegularFile = true };
            mayBeLink = entry.IsSymbolicLink;
        }
        else
        {
            if (!fileSystem.FileExists(full))
                return new ResolvedAsset(AssetResolution.Missing, full, "no such file");
            mayBeLink = true;
        }
        if (mayBeLink && !IsInside(fileSystem.RealPath(full), _realPortfolioRoot.Value))
            return new ResolvedAsset(AssetResolution.Outside, null, "a symbolic link to a file outside the portfolio");
        return FoundIfRegular(full);
    }

    /// <summary>Not in the index: missing, unless it sits in a linked folder (the index does not enter those).</summary>
    private ResolvedAsset MissingOrLinkedFolder(string full)
    {
        if (!fileSystem.FileExists(full))
            return new ResolvedAsset(AssetResolution.Missing, full, "no such file");
        return IsInside(fileSystem.RealPath(full), _realPortfolioRoot.Value)
            ? FoundIfRegular(full)
            : new ResolvedAsset(AssetResolution.Outside, null, "a symbolic link to a file outside the portfolio");
    }

    /// <summary>
    /// Found only when it is a regular file: the build copies what is found, and copying a named pipe waits for a
    /// writer forever, a device such as /dev/zero never ends (the rule of <see cref="PortfolioFileGate"/>).
    /// </summary>
    private ResolvedAsset FoundIfRegular(string full)
    {
        var kind = fileSystem.Probe(full).Kind;
        return kind == FileKind.Regular
            ? new ResolvedAsset(AssetResolution.Found, full, "found")
            : new ResolvedAsset(AssetResolution.Outside, null, $"{FileProbe.Describe(kind)}, not a regular file");
    }

    public static bool IsInside(string path, string folder)
    {
        var normalisedFolder = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        return path.StartsWith(normalisedFolder, StringComparison.Ordinal);
    }
}
