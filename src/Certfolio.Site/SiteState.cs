using Certfolio.Site.Pages;

namespace Certfolio.Site;

/// <summary>
/// What a build leaves for the next incremental one: each credential's rendered card and page path, keyed by its
/// document, and the list pages that exist. Opaque to callers; pass it back to <see cref="SiteBuilder.Rebuild"/>.
/// </summary>
public sealed class SiteState
{
    internal SiteState(string fingerprint, SiteOptions options, Dictionary<string, CredentialRender> byDocument,
        IReadOnlySet<string> listPages, IReadOnlySet<string> assetPaths, TermIndex skills, TermIndex providers, IReadOnlyList<Certfolio.Core.Model.Credential> credentials,
        Certfolio.Core.Tracking.CredentialTracking[] trackingAligned, bool trackingSorted)
    {
        Credentials = credentials;
        TrackingAligned = trackingAligned;
        TrackingSorted = trackingSorted;
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
    /// <summary>The portfolio's credentials as built, and their tracking entries at the same positions.</summary>
    internal IReadOnlyList<Certfolio.Core.Model.Credential> Credentials { get; }
    internal Certfolio.Core.Tracking.CredentialTracking[] TrackingAligned { get; }
    internal bool TrackingSorted { get; }

    /// <summary>How many credentials the state holds.</summary>
    public int CredentialCount => ByDocument.Count;
}
