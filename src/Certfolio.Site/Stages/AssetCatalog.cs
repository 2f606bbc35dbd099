using Certfolio.Core.Portfolios;
using Certfolio.Core.Publishing;
using Certfolio.Site.Markdown;

namespace Certfolio.Site.Stages;

/// <summary>
/// The portfolio files a build may publish: the assets folder's index (<see cref="AssetResolver"/>, a walk of that
/// folder, so a rebuild for documents keeps the last one) and the policy every copy passes twice, when a page names it
/// and when it is written.
/// </summary>
internal sealed class AssetCatalog(AssetResolver resolver, AssetPolicy policy, SiteUrls urls)
{
    /// <summary>A catalog of the portfolio's assets folder, indexed now.</summary>
    public static AssetResolver Index(PortfolioLayout layout, IFileSystem fileSystem) => new(layout.AssetsDirectory, layout.Root, fileSystem);

    public AssetResolver Resolver => resolver;

    /// <summary>What of the portfolio this build may copy into the site.</summary>
    public AssetPolicy Policy => policy;

    /// <summary>Resolves a logo or avatar reference to a site URL, registering the copy; null when it cannot be shown.</summary>
    public string? Map(string reference, ICollection<AssetCopy> copies)
    {
        if (UrlPolicy.IsHttp(reference)) return UrlPolicy.Clean(reference);
        var verdict = policy.Check(reference);
        if (!verdict.IsPublishable) return null;
        copies.Add(new AssetCopy(verdict.SitePath!, verdict.FullPath!));
        return urls.Url(verdict.SitePath!);
    }
}
