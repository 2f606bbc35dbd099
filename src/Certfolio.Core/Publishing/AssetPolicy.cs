using System.Collections.Concurrent;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;

namespace Certfolio.Core.Publishing;

/// <summary>
/// Decides which portfolio files a build may copy into the site, for <c>check</c> (which reports a refusal at the
/// reference) and for the publish step (which copies nothing this refuses). A file is published only when:
/// <list type="bullet">
/// <item>it lies in the assets folder, or in the content folder beside the documents, link and target alike;</item>
/// <item>no segment of its path starts with '.' (<c>.env</c>, <c>.git/config</c>);</item>
/// <item>its site path is not one the build generates (<see cref="GeneratedSitePaths"/>);</item>
/// <item>it is an image or a PDF (<see cref="PublishableTypes"/>): never a source or the configuration;</item>
/// <item>an SVG holds nothing that runs (<see cref="SvgInspector"/>).</item>
/// </list>
/// Nothing outside the portfolio is read: the resolver refuses those references before any file is opened.
/// </summary>
public sealed class AssetPolicy
{
    private readonly AssetResolver _assets;
    private readonly string? _content;
    private readonly GeneratedSitePaths _generated;
    private readonly Lazy<(string Assets, string? Content)> _realFolders;
    // As the resolver caches references to the assets folder, so does the policy: thousands of documents name the
    // same few logos, and an SVG is read once per load, not once per document.
    private readonly ConcurrentDictionary<string, AssetVerdict> _rooted = new(StringComparer.Ordinal);

    /// <param name="contentDirectory">The documents' folder: images beside the documents are published from it.</param>
    public AssetPolicy(AssetResolver assets, string? contentDirectory, GeneratedSitePaths generated)
    {
        _assets = assets;
        _content = contentDirectory is null ? null : Path.GetFullPath(contentDirectory);
        _generated = generated;
        _realFolders = new(() => (assets.FileSystem.RealPath(assets.AssetsRoot), _content is null ? null : assets.FileSystem.RealPath(_content)));
    }

    /// <summary>The policy <c>check</c> applies to a portfolio: its theme folder's assets are generated too.</summary>
    public static AssetPolicy For(PortfolioLayout layout, AssetResolver assets) =>
        new(assets, layout.ContentDirectory, GeneratedSitePaths.For(layout.ThemeDirectory, assets.FileSystem));

    /// <summary>Resolves and vets a logo, avatar or image reference; a leading <c>/</c> is the assets root, else it is relative to <paramref name="relativeToDirectory"/>.</summary>
    public AssetVerdict Check(string reference, string? relativeToDirectory = null) =>
        relativeToDirectory is null || reference.StartsWith('/')
            ? _rooted.GetOrAdd(reference, static (r, policy) => policy.CheckUncached(r, null), this)
            : CheckUncached(reference, relativeToDirectory);

    private AssetVerdict CheckUncached(string reference, string? relativeToDirectory)
    {
        var resolved = _assets.Resolve(reference, relativeToDirectory);
        if (resolved.Resolution is AssetResolution.Url or AssetResolution.Outside || resolved.FullPath is not { } full)
            return new AssetVerdict(resolved.Resolution, null, null, resolved.Reason);
        var (sitePath, refusal) = Place(full, _assets.AssetsRoot, _content, _assets.PortfolioRoot);
        if (refusal is null && _generated.Taken(sitePath!) is { } taken)
            refusal = new AssetRefusal(Descriptors.AssetReplacesGeneratedFile, Relative(full), taken);
        refusal ??= TypeRefusal(full);
        if (refusal is not null || resolved.Resolution == AssetResolution.Missing)
            return new AssetVerdict(resolved.Resolution, full, sitePath, resolved.Reason, refusal);
        // A file the resolver saw listed as a regular file, through no link, needs no second look at what it is.
        refusal = resolved.IsListedRegularFile ? Svg(full, out _) : Target(full) ?? NotRegular(full) ?? Svg(full, out _);
        return new AssetVerdict(resolved.Resolution, full, sitePath, resolved.Reason, refusal);
    }

    /// <summary>
    /// The publish step's own check of a copy it was handed: everything <see cref="Check"/> vets, on the source file
    /// and the site path as given. Returns the bytes of an SVG as inspected, which the caller writes instead of copying
    /// the file again (it may have changed since).
    /// </summary>
    public AssetRefusal? Vet(string sourceFile, string sitePath, out byte[]? inspectedSvg)
    {
        inspectedSvg = null;
        var full = Path.GetFullPath(sourceFile);
        var (placed, refusal) = Place(full, _assets.AssetsRoot, _content, _assets.PortfolioRoot);
        if (refusal is not null) return refusal;
        if (!string.Equals(placed, sitePath, StringComparison.Ordinal))
            return new AssetRefusal(Descriptors.AssetNotPublishable, $"it belongs at '{placed}' in the site, not '{sitePath}'");
        if (_generated.Taken(sitePath) is { } taken) return new AssetRefusal(Descriptors.AssetReplacesGeneratedFile, Relative(full), taken);
        return TypeRefusal(full) ?? Target(full) ?? NotRegular(full) ?? Svg(full, out inspectedSvg);
    }

    /// <summary>Where a file lands in the site, or why it may not: outside the assets and content folders, or hidden.</summary>
    private (string? SitePath, AssetRefusal? Refusal) Place(string path, string assetsRoot, string? contentRoot, string portfolioRoot)
    {
        // Hidden names are refused first, wherever they are: from the portfolio root, or from the assets root when
        // the assets folder lies elsewhere.
        var within = Path.GetRelativePath(AssetResolver.IsInside(path, portfolioRoot) ? portfolioRoot : assetsRoot, path);
        foreach (var segment in within.Split('/', '\\'))
        {
            if (segment.StartsWith('.') && segment != "..")
                return (null, new AssetRefusal(Descriptors.AssetNotPublishable, $"'{segment}' is a hidden name (it starts with '.'), and hidden files are never published"));
        }
        if (AssetResolver.IsInside(path, assetsRoot)) return (Path.GetRelativePath(assetsRoot, path).Replace('\\', '/'), null);
        if (contentRoot is not null && AssetResolver.IsInside(path, contentRoot) && AssetResolver.IsInside(path, portfolioRoot))
            return ("files/" + Path.GetRelativePath(portfolioRoot, path).Replace('\\', '/'), null);
        return (null, new AssetRefusal(Descriptors.AssetNotPublishable,
            $"'{Relative(path)}' is in neither the assets folder ({Relative(_assets.AssetsRoot)}/) nor the documents' folder ({(_content is null ? "none" : Relative(_content))}/)"));
    }

    private static AssetRefusal? TypeRefusal(string path)
    {
        if (PublishableTypes.Allows(path)) return null;
        var extension = Path.GetExtension(path);
        return new AssetRefusal(Descriptors.AssetTypeNotPublishable, extension.Length > 0 ? "*" + extension : Path.GetFileName(path));
    }

    /// <summary>A link's target must pass the same rules: a <c>logo.png</c> linked to <c>../.env</c> publishes <c>.env</c>.</summary>
    private AssetRefusal? Target(string full)
    {
        var real = _assets.FileSystem.RealPath(full);
        if (string.Equals(real, full, StringComparison.Ordinal)) return null;
        if (!AssetResolver.IsInside(real, _assets.RealPortfolioRoot))
            return new AssetRefusal(Descriptors.AssetNotPublishable, "it is a symbolic link to a file outside the portfolio");
        var (realAssets, realContent) = _realFolders.Value;
        var (_, refusal) = Place(real, realAssets, realContent, _assets.RealPortfolioRoot);
        refusal ??= TypeRefusal(real);
        return refusal is null ? null : new AssetRefusal(refusal.Descriptor, ["it is a symbolic link to '" + Path.GetRelativePath(_assets.RealPortfolioRoot, real).Replace('\\', '/') + "': " + string.Join(", ", refusal.Details)]);
    }

    /// <summary>A pipe named <c>logo.png</c> would hang the copy, and a device would never end it: only regular files are published.</summary>
    private AssetRefusal? NotRegular(string full)
    {
        FileProbe probe;
        try
        {
            probe = _assets.FileSystem.Probe(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new AssetRefusal(Descriptors.AssetNotPublishable, "it cannot be examined: " + e.Message);
        }
        return probe.Kind == FileKind.Regular ? null
            : new AssetRefusal(Descriptors.AssetNotPublishable, $"it is {FileProbe.Describe(probe.Kind)}, not a regular file");
    }

    private AssetRefusal? Svg(string full, out byte[]? bytes)
    {
        bytes = null;
        if (!PublishableTypes.IsSvg(full)) return null;
        var fileSystem = _assets.FileSystem;
        long length;
        try
        {
            length = fileSystem.GetLength(full);
            // A device or pipe reports no length and may never end: only a regular file with bytes is opened.
            if (length == 0) return new AssetRefusal(Descriptors.UncheckableSvg, "the file is empty (or not a regular file)");
            if (length > SvgInspector.MaxBytes)
                return new AssetRefusal(Descriptors.UncheckableSvg, $"it is {length:N0} bytes, over the {SvgInspector.MaxBytes:N0} an SVG may have");
            bytes = fileSystem.ReadAllBytes(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new AssetRefusal(Descriptors.UncheckableSvg, "it cannot be read: " + e.Message);
        }
        if (bytes.Length > SvgInspector.MaxBytes)
        {
            bytes = null;
            return new AssetRefusal(Descriptors.UncheckableSvg, $"it is over the {SvgInspector.MaxBytes:N0} bytes an SVG may have");
        }
        if (SvgInspector.Inspect(bytes) is not { } finding) return null;
        bytes = null;
        return new AssetRefusal(finding.IsActive ? Descriptors.ActiveSvg : Descriptors.UncheckableSvg, finding.What);
    }

    private string Relative(string path) =>
        AssetResolver.IsInside(path, _assets.PortfolioRoot) ? Path.GetRelativePath(_assets.PortfolioRoot, path).Replace('\\', '/') : path;
}
