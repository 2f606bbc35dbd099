using Certfolio.Site.Markdown;
using Certfolio.Site.Templates;
using Fluid;

namespace Certfolio.Site.Pages;

// The template model: what a theme can read. Member names reach templates in camelCase (site.baseUrl).
// docs/themes.md documents every field; keep the two in step.

/// <summary>The whole site: <c>site</c> in every template.</summary>
public sealed record SiteView
{
    public required string Title { get; init; }
    public string Language { get; init; } = "en";
    /// <summary>Absolute base URL ending in '/', or null when certfolio.yaml has none.</summary>
    public string? BaseUrl { get; init; }
    /// <summary>The path every root-relative link starts with: '/' or '/certs/'.</summary>
    public required string BasePath { get; init; }
    public required OwnerView Owner { get; init; }
    /// <summary>The build's day, ISO yyyy-MM-dd; scripts recompute statuses against the real today.</summary>
    public required string Today { get; init; }
    /// <summary>The build's day as every other date on the site is written (certfolio.yaml's <c>dateFormat</c>).</summary>
    public required string TodayText { get; init; }
    public required int ExpiringDays { get; init; }
    /// <summary>How dates are shown (<c>dateFormat</c>, a .NET custom format); the filter script formats the dates of the cards it draws alike.</summary>
    public string DateFormat { get; init; } = "dd.MM.yyyy";
    /// <summary>Cards per list page (<c>pageSize</c>); the filter script shows its results in pages of as many.</summary>
    public int PageSize { get; init; } = Certfolio.Core.Portfolios.PortfolioConfig.DefaultPageSize;
    public required string HomeUrl { get; init; }
    public required string SkillsUrl { get; init; }
    public required string ProvidersUrl { get; init; }
    public required string FeedUrl { get; init; }
    public required string SearchIndexUrl { get; init; }
    public required string CssUrl { get; init; }
    public required string ScriptUrl { get; init; }
    public required string FaviconUrl { get; init; }
    /// <summary>The renewal calendar (<c>/calendar.ics</c>); null when this build does not publish it.</summary>
    public string? CalendarUrl { get; init; }
    /// <summary>Who the build is for and what it shows; a visitor build that publishes nothing more unless set.</summary>
    public AudienceView Audience { get; init; } = AudienceView.Visitor;
    /// <summary>The Content-Security-Policy the layout puts in its meta tag.</summary>
    public required string ContentSecurityPolicy { get; init; }
    public required int CredentialCount { get; init; }
    /// <summary>Every key of certfolio.yaml, as plain values (strings, numbers, booleans, lists, maps).</summary>
    public required IReadOnlyDictionary<string, object?> Config { get; init; }
    public string Generator { get; init; } = "Certfolio";
}

public sealed record OwnerView
{
    public string? Name { get; init; }
    public string? Headline { get; init; }
    /// <summary>Site URL of the avatar (copied from the assets folder) or its http(s) URL; null when none.</summary>
    public string? AvatarUrl { get; init; }
    public string? Email { get; init; }
    public IReadOnlyList<LinkView> Links { get; init; } = [];
}

public sealed record LinkView(string Label, string Url);

/// <summary>The page being rendered: <c>page</c> in every template.</summary>
public sealed record PageView
{
    /// <summary>home, credential, not-found, or a list kind's name (skill) or plural (skills).</summary>
    public required string Kind { get; init; }
    /// <summary>The document title (the &lt;title&gt;, without the site title).</summary>
    public required string Title { get; init; }
    public required string Description { get; init; }
    /// <summary>The page's URL path with the base path: /certs/certifications/x/.</summary>
    public required string Url { get; init; }
    /// <summary>The absolute URL, only with a baseUrl.</summary>
    public string? Canonical { get; init; }
    /// <summary>An absolute image URL for sharing cards, only with a baseUrl (or an http(s) logo).</summary>
    public string? Image { get; init; }
    /// <summary>schema.org JSON-LD, already serialized with '&lt;' escaped.</summary>
    public TrustedHtml? JsonLd { get; init; }
    public string OpenGraphType { get; init; } = "website";
}

/// <summary>A skill or a provider as a link: name, page URL and how many credentials it has.</summary>
public sealed record TermLink(string Name, string Slug, string Url, int Count);

/// <summary>
/// <c>credential.terms</c>: the credential's term links of every list kind, read by the kind's plural
/// (<c>credential.terms.skills</c>); nil for a name that is no list kind. Holds the links the render made anyway.
/// </summary>
public sealed class CredentialTerms
{
    private readonly TermLink[][] _byKind;

    internal CredentialTerms(TermLink[][] byKind) => _byKind = byKind;

    /// <summary>The links of one kind, in the document's order.</summary>
    internal TermLink[] Of(ListKind kind) => _byKind[kind.Index];

    internal TermLink[]? Of(string plural)
    {
        foreach (var kind in ListKinds.All)
        {
            if (string.Equals(kind.Plural, plural, StringComparison.Ordinal)) return _byKind[kind.Index];
        }
        return null;
    }
}

/// <summary>One credential: <c>credential</c> on its page and in the card template.</summary>
public sealed record CredentialView
{
    public required string Slug { get; init; }
    public required string Url { get; init; }
    public required string Title { get; init; }
    public required string Provider { get; init; }
    public required TermLink ProviderLink { get; init; }
    public string? Description { get; init; }
    public string? CredentialId { get; init; }
    public string? Level { get; init; }
    /// <summary>Issue date in the portfolio's dateFormat, and as ISO.</summary>
    public required string Issued { get; init; }
    public required string IssuedIso { get; init; }
    public string? Expires { get; init; }
    public string? ExpiresIso { get; init; }
    public required bool HasExpiry { get; init; }
    /// <summary>The day the renewal window opens (ISO), when a renewal policy applies; null otherwise.</summary>
    public string? RenewalOpensIso { get; init; }
    /// <summary>"in 2 years 3 months", "expired 4 months ago" or "does not expire", as of the build day.</summary>
    public required string ExpiryRelative { get; init; }
    /// <summary>The verification URL, already checked (unsafe schemes are '#').</summary>
    public string? VerificationUrl { get; init; }
    /// <summary>active, renewal-open, expiring, expired or no-expiry.</summary>
    public required string Status { get; init; }
    public required string StatusLabel { get; init; }
    public required IReadOnlyList<TermLink> Skills { get; init; }
    /// <summary>The links to the credential's terms of every list kind, by the kind's plural: <c>terms.skills</c>, <c>terms.providers</c>.</summary>
    public required CredentialTerms Terms { get; init; }
    /// <summary>Up to four skills for cards, and how many more there are.</summary>
    public required IReadOnlyList<TermLink> CardSkills { get; init; }
    public required int MoreSkills { get; init; }
    public string? LogoUrl { get; init; }
    /// <summary>The logo's alternative text: the provider's name.</summary>
    public required string LogoAlt { get; init; }
    /// <summary>An SVG with the provider's initials, for credentials without a usable logo.</summary>
    public required TrustedHtml Monogram { get; init; }
    /// <summary>True when the expiry date comes from the renewal policy's cycle, not from the document.</summary>
    public bool ExpiryFromPolicy { get; init; }
    /// <summary>True when a renewal policy (document, certfolio.yaml or built-in rule) applies to a credential that expires.</summary>
    public bool HasPolicy { get; init; }
    /// <summary>The renewal timeline in date order (issued, renewal opens, credit deadlines, expiry), when a policy applies.</summary>
    public IReadOnlyList<MilestoneView> Milestones { get; init; } = [];
    /// <summary>Continuing-education credits of the current cycle, when the policy asks for any.</summary>
    public CreditsView? Credits { get; init; }
    /// <summary>LinkedIn's "Add to profile" URL, prefilled from the credential.</summary>
    public string? LinkedInUrl { get; init; }
    /// <summary>The validity bar: issued → today → expires.</summary>
    public required TrustedHtml Timeline { get; init; }
    /// <summary>The Markdown body as safe HTML (only on the credential page; empty in cards), written straight into the page.</summary>
    public required RenderedBody Body { get; init; }
    public required bool Renew { get; init; }
    /// <summary>Front matter keys Certfolio does not know, as plain values.</summary>
    public required IReadOnlyDictionary<string, object?> Extra { get; init; }
    /// <summary>The source file, relative to the portfolio.</summary>
    public required string SourcePath { get; init; }
}

/// <summary>One step of <c>credential.milestones</c>.</summary>
public sealed record MilestoneView
{
    /// <summary>issued, renewal-opens, annual-1…, credits-due or expiry: stable per credential.</summary>
    public required string Key { get; init; }
    /// <summary>issued, renewal-opens, annual-credits, credits-due or expiry.</summary>
    public required string Kind { get; init; }
    public required string Label { get; init; }
    public required string Date { get; init; }
    public required string DateIso { get; init; }
    /// <summary>True once the day has passed (as of the build day).</summary>
    public required bool IsPast { get; init; }
}

/// <summary><c>credential.credits</c>: earned and required credits of the current cycle.</summary>
public sealed record CreditsView
{
    /// <summary>
    /// Amounts as numbers (22, 22.5): a template prints them for people through <c>| number</c> or a <c>t</c>
    /// placeholder, in the site's language, and as they are in attributes a browser reads (<c>progress value</c>).
    /// </summary>
    public required double Earned { get; init; }
    public required double Required { get; init; }
    public required double Remaining { get; init; }
    public required string Unit { get; init; }
    /// <summary>Earned as a share of required, 0 to 1, and as a whole percentage.</summary>
    public required double Fraction { get; init; }
    public required int Percent { get; init; }
    public required bool IsMet { get; init; }
    public required string Due { get; init; }
    public required string DueIso { get; init; }
}

/// <summary>Counts by status: <c>home.counts</c>.</summary>
public sealed record StatusCounts
{
    public int Total { get; init; }
    public int Active { get; init; }
    public int RenewalOpen { get; init; }
    public int Expiring { get; init; }
    public int Expired { get; init; }
    public int NoExpiry { get; init; }
    public int Skills { get; init; }
    public int Providers { get; init; }
    /// <summary>Active, renewal-open, expiring and no-expiry together.</summary>
    public int Current { get; init; }
}

public sealed record FacetOption(string Value, string Label, int Count);

/// <summary>The home page: <c>home</c>.</summary>
public sealed record HomeView
{
    public required StatusCounts Counts { get; init; }
    /// <summary>Cards of the credentials that have not expired, newest first.</summary>
    public required TrustedFragments Current { get; init; }
    /// <summary>Cards of expired credentials, newest first.</summary>
    public required TrustedFragments Expired { get; init; }
    /// <summary>How many of this page's cards are current and expired (<see cref="Current"/> and <see cref="Expired"/> hold this page's only).</summary>
    public int CurrentShown { get; init; }
    public int ExpiredShown { get; init; }
    public required TrustedHtml Timeline { get; init; }
    /// <summary>Filter options: every skill, provider, level and status, most used first.</summary>
    public required IReadOnlyList<FacetOption> Skills { get; init; }
    public required IReadOnlyList<FacetOption> Providers { get; init; }
    public required IReadOnlyList<FacetOption> Levels { get; init; }
    public required IReadOnlyList<FacetOption> Statuses { get; init; }
    public required IReadOnlyList<TermLink> TopSkills { get; init; }
}

/// <summary>
/// Where a page stands in its paged list: <c>pager</c> on the home page and term pages. <see cref="Count"/> is 1 when
/// the whole list fits on one page (the default theme then shows no navigation).
/// </summary>
public sealed record PagerView
{
    /// <summary>This page's number, from 1.</summary>
    public required int Number { get; init; }
    /// <summary>How many pages the list has.</summary>
    public required int Count { get; init; }
    /// <summary>Cards per page (<c>pageSize</c>).</summary>
    public required int Size { get; init; }
    /// <summary>How many credentials the whole list has.</summary>
    public required int Total { get; init; }
    /// <summary>The positions (from 1) of this page's first and last card in the whole list; 0 when the list is empty.</summary>
    public required int First { get; init; }
    public required int Last { get; init; }
    public string? PreviousUrl { get; init; }
    public string? NextUrl { get; init; }
    /// <summary>The numbered links: the first and last page and the ones around this one, with gaps between.</summary>
    public required IReadOnlyList<PagerLink> Pages { get; init; }
}

/// <summary>A numbered page link of the <c>pager</c>; <see cref="IsGap"/> stands for the pages left out.</summary>
public sealed record PagerLink(int Number, string? Url, bool IsCurrent)
{
    public bool IsGap => Number == 0;

    public static PagerLink Gap { get; } = new(0, null, false);
}

/// <summary>A skill's or a provider's page: <c>term</c>.</summary>
public sealed record TermView
{
    /// <summary>skill or provider.</summary>
    public required string Kind { get; init; }
    public required string Name { get; init; }
    public required string Slug { get; init; }
    public required string Url { get; init; }
    public required int Count { get; init; }
    public required TrustedFragments Cards { get; init; }
    /// <summary>The index page of this kind (/skills/ or /providers/).</summary>
    public required string IndexUrl { get; init; }
    /// <summary>The index page's title (Skills, Providers).</summary>
    public required string IndexTitle { get; init; }
}

/// <summary>The index of all skills or all providers: <c>terms</c>.</summary>
public sealed record TermsView
{
    /// <summary>skills or providers.</summary>
    public required string Kind { get; init; }
    public required string Title { get; init; }
    /// <summary>Most used first, then by name.</summary>
    public required IReadOnlyList<TermLink> Items { get; init; }
}

internal static class ViewTypes
{
    /// <summary>
    /// Lets templates read the view model. Each type is named in a generic call rather than listed in a <c>Type[]</c>,
    /// so that the Native AOT compiler sees which members Fluid reads by reflection and keeps them.
    /// </summary>
    public static void RegisterAll(MemberAccessStrategy strategy)
    {
        strategy.Register<SiteView>();
        strategy.Register<OwnerView>();
        strategy.Register<LinkView>();
        strategy.Register<PageView>();
        strategy.Register<TermLink>();
        strategy.Register<CredentialView>();
        strategy.Register<CredentialTerms, TermLink[]?>((terms, plural) => terms.Of(plural));
        strategy.Register<MilestoneView>();
        strategy.Register<CreditsView>();
        strategy.Register<StatusCounts>();
        strategy.Register<FacetOption>();
        strategy.Register<HomeView>();
        strategy.Register<TermView>();
        strategy.Register<PagerView>();
        strategy.Register<PagerLink>();
        strategy.Register<TermsView>();
        strategy.Register<AudienceView>();
        strategy.Register<OwnerOnlyView>();
        strategy.Register<DashboardView>();
        strategy.Register<DashboardItem>();
    }
}
