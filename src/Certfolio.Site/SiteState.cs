using Certfolio.Site.Pages;

namespace Certfolio.Site;

/// <summary>
/// What a build leaves for the next incremental one: each credential's rendered card and page path, keyed by its
/// document, and the list pages that exist. Opaque to callers; pass it back to <see cref="SiteBuilder.Rebuild"/>.
/// </summary>
public sealed class SiteState
{
    internal SiteState(string fingerprint, SiteOptions options, Dictionary<string, CredentialRender> byDocument,
        IReadOnlySet<string> listPages, IReadOnlySet<string> assetPaths, TermIndex skills, TermIndex providers, Certfolio.Core.Tracking.TrackingReport tracking,
        IReadOnlyDictionary<string, Certfolio.Core.Tracking.CredentialTracking> trackingByDocument)
    {
        Tracking = tracking;
        TrackingByDocument = trackingByDocument;
        Skills = skills;
        Providers = providers;
        Fingerprint = fingerprint;
        Options = options;
        ByDocument = byDocument;
        ListPages = listPages;
        AssetPaths = assetPaths;
    }

    internal string Fingerprint { get; }
    internal SiteOptions Options { get; }
    internal Dictionary<string, CredentialRender> ByDocument { get; }
    internal IReadOnlySet<string> ListPages { get; }
    internal IReadOnlySet<string> AssetPaths { get; }
    internal TermIndex Skills { get; }
    internal TermIndex Providers { get; }
    internal Certfolio.Core.Tracking.TrackingReport Tracking { get; }
    internal IReadOnlyDictionary<string, Certfolio.Core.Tracking.CredentialTracking> TrackingByDocument { get; }

    /// <summary>How many credentials the state holds.</summary>
    public int CredentialCount => ByDocument.Count;
}
