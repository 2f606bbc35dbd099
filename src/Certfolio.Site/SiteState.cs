using Certfolio.Core.Model;
using Certfolio.Core.Status;
using Certfolio.Core.Portfolios;
using Certfolio.Site.Pages;
using Certfolio.Site.Stages;

namespace Certfolio.Site;

/// <summary>
/// What a build leaves for the next incremental one: the inputs it was made from, each credential's render (page
/// path, card, search entry, calendar events), the lists in their order, and the pages and files that exist. Opaque
/// to callers; pass it back to <see cref="SiteBuilder.Rebuild"/>. Never changed once built: a rebuild makes new lists
/// that share what stayed.
/// </summary>
public sealed class SiteState
{
    internal SiteState(SiteModel model, Dictionary<string, CredentialRender> byDocument, CredentialRender[] aligned, ListModel lists,
        PublishedLists published, IReadOnlySet<string> assetPaths)
    {
        Fingerprint = model.Fingerprint;
        Options = model.Options;
        Credentials = model.Portfolio.Credentials;
        Tracking = model.Tracking;
        Terms = model.Terms;
        Resolver = model.Assets.Resolver;
        ByDocument = byDocument;
        Aligned = aligned;
        Lists = lists;
        Search = published.Search;
        HomeFrame = published.HomeFrame;
        ListPages = published.ListPages;
        AssetPaths = assetPaths;
    }

    /// <summary>See <see cref="SiteFingerprint"/>: a rebuild under another fingerprint is a full build.</summary>
    internal string Fingerprint { get; }
    internal SiteOptions Options { get; }
    internal Dictionary<string, CredentialRender> ByDocument { get; }
    internal IReadOnlySet<string> ListPages { get; }
    internal IReadOnlySet<string> AssetPaths { get; }
    internal TermIndexes Terms { get; }
    /// <summary>The assets folder as the build saw it (a rebuild is for documents; an asset change needs a build).</summary>
    internal AssetResolver Resolver { get; }
    /// <summary>The portfolio's credentials as built, and their tracking entries and renders at the same positions.</summary>
    internal IReadOnlyList<Credential> Credentials { get; }
    internal SiteTracking Tracking { get; }
    internal CredentialRender[] Aligned { get; }
    /// <summary>The renders in list order, grouped by term, the home page's lists and the calendar's events.</summary>
    internal ListModel Lists { get; }

    /// <summary><c>/search.json</c> as last written, with its entries' positions.</summary>
    internal SearchIndexFile Search { get; }

    /// <summary>What every home page showed but its cards (<see cref="Pages.HomeFrame"/>).</summary>
    internal HomeFrame HomeFrame { get; }

    /// <summary>How many credentials the state holds.</summary>
    public int CredentialCount => ByDocument.Count;
}
