using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Publishing;
using Certfolio.Core.Status;
using Certfolio.Core.Training;
using Certfolio.Site.Markdown;
using Certfolio.Site.Pages;
using Certfolio.Site.Templates;

namespace Certfolio.Site;

/// <summary>
/// Per-build state (Assemble stage output): the effective URLs, today, the term indexes and the site view.
/// Everything expensive and immutable lives in <see cref="SiteBuilder"/> instead.
/// </summary>
internal sealed class BuildContext
{
    /// <param name="previous">The last build's state: its tracking entries are reused for credentials it already tracked.</param>
    public BuildContext(Portfolio portfolio, SiteOptions options, Theme theme, SiteState? previous = null)
    {
        Portfolio = portfolio;
        Options = options;
        Theme = theme;
        Config = portfolio.Config;
        Today = StatusCalculator.Today(options.Clock);
        BaseUrl = options.BaseUrl is { } overridden ? (overridden.EndsWith('/') ? overridden : overridden + "/")
            : options.IgnoreConfiguredBaseUrl ? null : Config.BaseUrl;
        BasePath = BaseUrl is null ? "/" : new Uri(BaseUrl).AbsolutePath;
        if (!BasePath.EndsWith('/')) BasePath += "/";
        var ledger = portfolio.Ledger;
        Fingerprint = ComputeFingerprint(ledger);
        // A rebuild is for changed documents (serve builds everything again when an asset changes), so the last
        // build's resolver, whose index of the assets folder cost a walk of that folder, still answers for it.
        var sameSite = previous is not null && previous.Fingerprint == Fingerprint;
        Assets = sameSite && previous!.Assets.AssetsRoot == Path.GetFullPath(portfolio.Layout.AssetsDirectory)
            ? previous.Assets
            : new AssetResolver(portfolio.Layout.AssetsDirectory, portfolio.Layout.Root, PhysicalFileSystem.Instance);
        Publishing = new AssetPolicy(Assets, portfolio.Layout.ContentDirectory, new GeneratedSitePaths(theme.Assets.Keys));
        // The term indexes depend only on the sets of names: unchanged skills and providers keep the last build's.
        var sameNames = previous is not null && SameNames(portfolio, previous);
        Skills = sameNames ? previous!.Skills : TermIndex.Build(portfolio.Credentials.SelectMany(c => c.Skills));
        Providers = sameNames ? previous!.Providers : TermIndex.Build(portfolio.Credentials.Select(c => c.Provider));
        Site = CreateSiteView();
        Tracking = Track(ledger, sameSite ? previous : null);
    }

    /// <summary>
    /// True when every credential is the last build's, or has its skills and provider. Compared position by position
    /// (the loader keeps documents in path order), so unchanged documents cost a pointer comparison, not a lookup.
    /// </summary>
    private static bool SameNames(Portfolio portfolio, SiteState previous)
    {
        var now = portfolio.Credentials;
        var before = previous.Credentials;
        if (now.Count != before.Count) return false;
        for (var i = 0; i < now.Count; i++)
        {
            if (ReferenceEquals(now[i], before[i])) continue;
            if (!string.Equals(now[i].RelativePath, before[i].RelativePath, StringComparison.Ordinal)
                || !string.Equals(now[i].Provider, before[i].Provider, StringComparison.Ordinal)
                || !now[i].Skills.SequenceEqual(before[i].Skills, StringComparer.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>
    /// Tracks every credential as <see cref="Tracker.Track(Portfolio, TimeProvider, TrackingOptions)"/> does (the same
    /// per-credential call, entries in path order). Under the same fingerprint (day, config, ledger), the entry of a
    /// credential object the last build tracked at the same position is reused: at 10,000 documents, tracking them
    /// all again would cost a rebuild more than rendering the changed page.
    /// </summary>
    private TrackingReport Track(TrainingLedger ledger, SiteState? previous)
    {
        var resolver = Portfolio.Policies;
        var credentials = Portfolio.Credentials;
        var aligned = new CredentialTracking[credentials.Count];
        var reuse = previous is not null && previous.Credentials.Count == credentials.Count;
        var sorted = reuse && previous!.TrackingSorted;
        for (var i = 0; i < aligned.Length; i++)
        {
            var credential = credentials[i];
            if (reuse && ReferenceEquals(previous!.Credentials[i], credential))
            {
                aligned[i] = previous.TrackingAligned[i];
                continue;
            }
            aligned[i] = Tracker.Track(credential, resolver.Resolve(credential), ledger.Activities, Today, Config.ExpiringDays, Config.DateFormat);
            if (reuse && !string.Equals(previous!.Credentials[i].RelativePath, credential.RelativePath, StringComparison.Ordinal)) sorted = false;
        }
        if (!sorted)
        {
            sorted = true;
            for (var i = 1; i < aligned.Length && sorted; i++)
                sorted = string.CompareOrdinal(aligned[i - 1].Credential.RelativePath, aligned[i].Credential.RelativePath) < 0;
        }
        TrackingAligned = aligned;
        TrackingSorted = sorted;
        IReadOnlyList<CredentialTracking> entries = sorted ? aligned
            : aligned.OrderBy(e => e.Credential.RelativePath, StringComparer.Ordinal).ToArray();
        return new TrackingReport(Portfolio, Today, Config.ExpiringDays, entries, ledger, PortfolioLoader.Sort(resolver.Diagnostics.Concat(ledger.Diagnostics)));
    }

    public Portfolio Portfolio { get; }
    public SiteOptions Options { get; }
    public Theme Theme { get; }
    public PortfolioConfig Config { get; }
    public DateOnly Today { get; }
    public string? BaseUrl { get; }
    public string BasePath { get; }
    public AssetResolver Assets { get; }
    /// <summary>What of the portfolio this build may copy into the site; every copy passes it twice (when named, when written).</summary>
    public AssetPolicy Publishing { get; }
    public TermIndex Skills { get; }
    public TermIndex Providers { get; }
    public SiteView Site { get; }
    /// <summary>Everything besides the documents that shapes every page; a change forces a full rebuild.</summary>
    public string Fingerprint { get; }
    public ConcurrentBag<Diagnostic> Diagnostics { get; } = [];

    public string FormatDate(DateOnly date, DatePrecision precision = DatePrecision.Day) => DateText.Format(date, precision, Config.DateFormat);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Url(string sitePath) => BasePath + sitePath;

    public string? Absolute(string sitePath) => BaseUrl is null ? null : BaseUrl + sitePath;

    /// <summary>
    /// Every credential tracked on the build day, exactly as <c>certfolio status</c> tracks it: status, renewal
    /// opening, expiry derived from a policy's cycle, credits from the training ledger.
    /// </summary>
    public TrackingReport Tracking { get; }

    /// <summary>The tracking entries in the order of <see cref="Portfolio"/>'s credentials.</summary>
    public CredentialTracking[] TrackingAligned { get; private set; } = [];

    /// <summary>True when the portfolio's credentials are in ordinal path order (as the loader gives them).</summary>
    public bool TrackingSorted { get; private set; }

    private Dictionary<string, CredentialTracking>? _trackingByPath;

    /// <summary>The tracking entry of a credential of this portfolio.</summary>
    public CredentialTracking Track(Credential credential)
    {
        if (TrackingSorted)
        {
            // A binary search by path: a rebuild looks up a handful of credentials and should not index 10,000.
            int low = 0, high = TrackingAligned.Length - 1;
            while (low <= high)
            {
                var middle = (low + high) >>> 1;
                var order = string.CompareOrdinal(TrackingAligned[middle].Credential.RelativePath, credential.RelativePath);
                if (order == 0) return TrackingAligned[middle];
                if (order < 0) low = middle + 1;
                else high = middle - 1;
            }
            throw new KeyNotFoundException(credential.RelativePath);
        }
        lock (TrackingAligned)
        {
            _trackingByPath ??= TrackingAligned.ToDictionary(e => e.Credential.RelativePath, StringComparer.Ordinal);
        }
        return _trackingByPath[credential.RelativePath];
    }

    public const string CalendarPath = "calendar.ics";

    public static string CredentialPath(string slug) => $"certifications/{slug}/";

    public static string SkillPath(string slug) => $"skills/{slug}/";

    public static string ProviderPath(string slug) => $"providers/{slug}/";

    public TermLink SkillLink(Term term, int count = 0) => new(term.Name, term.Slug, Url(SkillPath(term.Slug)), count);

    public TermLink ProviderLink(Term term, int count = 0) => new(term.Name, term.Slug, Url(ProviderPath(term.Slug)), count);

    /// <summary>Resolves a logo or avatar reference to a site URL, registering the copy; null when it cannot be shown.</summary>
    public string? MapAsset(string reference, ICollection<AssetCopy> copies)
    {
        if (UrlPolicy.IsHttp(reference)) return UrlPolicy.Clean(reference);
        var verdict = Publishing.Check(reference);
        if (!verdict.IsPublishable) return null;
        copies.Add(new AssetCopy(verdict.SitePath!, verdict.FullPath!));
        return Url(verdict.SitePath!);
    }

    public List<AssetCopy> SiteAssets { get; } = [];

    private SiteView CreateSiteView()
    {
        var owner = Config.Owner;
        return new SiteView
        {
            Title = Config.Title,
            Language = Config.Language,
            BaseUrl = BaseUrl,
            BasePath = BasePath,
            Owner = new OwnerView
            {
                Name = owner.Name,
                Headline = owner.Headline,
                AvatarUrl = owner.Avatar is { } avatar ? MapAsset(avatar, SiteAssets) : null,
                Email = owner.Email,
                Links = owner.Links.Select(l => new LinkView(l.Label, UrlPolicy.Clean(l.Url))).ToArray(),
            },
            Today = Iso(Today),
            ExpiringDays = Config.ExpiringDays,
            HomeUrl = BasePath,
            SkillsUrl = Url("skills/"),
            ProvidersUrl = Url("providers/"),
            FeedUrl = Url("feed.xml"),
            SearchIndexUrl = Url("search.json"),
            CssUrl = Url("assets/site.css"),
            ScriptUrl = Url("assets/site.js"),
            FaviconUrl = Url("assets/favicon.svg"),
            CalendarUrl = Url(CalendarPath),
            ContentSecurityPolicy = "default-src 'self'; img-src 'self' https: http: data:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'",
            CredentialCount = Portfolio.Credentials.Count,
            Config = Config.Values,
        };
    }

    private string ComputeFingerprint(TrainingLedger ledger)
    {
        var values = JsonSerializer.Serialize(Config.Values, ConfigValuesJson.Default.IReadOnlyDictionaryStringObject);
        return string.Join('\n', Theme.Signature, Iso(Today), BaseUrl ?? "-", Config.DateFormat, Config.ExpiringDays.ToString(CultureInfo.InvariantCulture),
            Config.UnsafeHtml ? "unsafe" : "safe", values, LedgerSignature(ledger));
    }

    // Credits come from the training ledger, which every credential page may show: a changed ledger rebuilds all.
    // Hashed field by field (the record would hash its AppliesTo list by reference); compared within one process only.
    private static string LedgerSignature(TrainingLedger ledger)
    {
        var hash = new HashCode();
        foreach (var a in ledger.Activities)
        {
            hash.Add(a.Title);
            hash.Add(a.Date);
            hash.Add(a.Hours);
            hash.Add(a.Credits);
            hash.Add(a.Unit);
            hash.Add(a.Provider);
            foreach (var target in a.AppliesTo) hash.Add(target);
        }
        return ledger.Activities.Count.ToString(CultureInfo.InvariantCulture) + ":" + hash.ToHashCode().ToString(CultureInfo.InvariantCulture);
    }
}
