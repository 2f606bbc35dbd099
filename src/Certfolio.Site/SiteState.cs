using Certfolio.Core.Model;
using Certfolio.Core.Tracking;
using Certfolio.Site.Pages;

namespace Certfolio.Site;

/// <summary>
/// What a build leaves for the next incremental one: each credential's render (page path, card, search entry,
/// calendar events), the lists in their order, and the pages that exist. Opaque to callers; pass it back to
/// <see cref="SiteBuilder.Rebuild"/>. Never changed once built: a rebuild makes new lists that share what stayed.
/// </summary>
public sealed class SiteState
{
    internal SiteState(string fingerprint, SiteOptions options, BuildContext build, Dictionary<string, CredentialRender> byDocument,
        CredentialRender[] aligned, Lists lists, SearchIndexFile search, IReadOnlySet<string> listPages, IReadOnlySet<string> assetPaths)
    {
        Fingerprint = fingerprint;
        Options = options;
        Credentials = build.Portfolio.Credentials;
        TrackingAligned = build.TrackingAligned;
        TrackingSorted = build.TrackingSorted;
        Skills = build.Skills;
        Providers = build.Providers;
        Assets = build.Assets;
        ProviderBars = build.ProviderBars;
        ByDocument = byDocument;
        Aligned = aligned;
        Ordered = lists.Ordered;
        Groups = lists.Groups;
        Home = lists.Home;
        Events = lists.Events;
        Search = search;
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
    internal ProviderBars ProviderBars { get; }
    /// <summary>The assets folder as the build saw it (a rebuild is for documents; an asset change needs a build).</summary>
    internal Certfolio.Core.Portfolios.AssetResolver Assets { get; }
    /// <summary>The portfolio's credentials as built, and their tracking entries and renders at the same positions.</summary>
    internal IReadOnlyList<Credential> Credentials { get; }
    internal CredentialTracking[] TrackingAligned { get; }
    internal bool TrackingSorted { get; }
    internal CredentialRender[] Aligned { get; }
    /// <summary>Every render in list order (<see cref="ListOrder"/>).</summary>
    internal CredentialRender[] Ordered { get; }
    /// <summary>The members of each skill and provider page, in list order.</summary>
    internal ListGroups Groups { get; }
    /// <summary>The home page's lists and counts.</summary>
    internal HomeLists Home { get; }
    /// <summary>The calendar's events in its order.</summary>
    internal CalendarFragment[] Events { get; }

    /// <summary><c>/search.json</c> as last written, with its entries' positions.</summary>
    internal SearchIndexFile Search { get; }

    /// <summary>How many credentials the state holds.</summary>
    public int CredentialCount => ByDocument.Count;

    /// <summary>The lists a build assembles its pages and files from.</summary>
    internal sealed record Lists(CredentialRender[] Ordered, ListGroups Groups, HomeLists Home, CalendarFragment[] Events);
}
