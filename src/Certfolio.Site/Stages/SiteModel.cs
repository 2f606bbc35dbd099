using System.Globalization;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Publishing;
using Certfolio.Site.Languages;
using Certfolio.Site.Markdown;
using Certfolio.Site.Pages;
using Certfolio.Site.Templates;

namespace Certfolio.Site.Stages;

/// <summary>
/// What a build is, the output of the Assemble stage: the portfolio with its day, URLs, term indexes and tracking, the
/// assets it may publish, and the <see cref="SiteView"/> every template sees. Read by every later stage, changed by none.
/// Everything expensive and immutable (pipeline, sanitizer, parsed themes) lives in <see cref="SiteBuilder"/> instead.
/// </summary>
internal sealed class SiteModel
{
    public SiteModel(SiteInputs inputs, AssetResolver resolver, TermIndexes terms, SiteTracking tracking)
    {
        Portfolio = inputs.Portfolio;
        Options = inputs.Options;
        Theme = inputs.Theme;
        Today = inputs.Today;
        Urls = inputs.Urls;
        Fingerprint = inputs.Fingerprint;
        Assets = new AssetCatalog(resolver, new AssetPolicy(resolver, Portfolio.Layout.ContentDirectory, new GeneratedSitePaths(Theme.Assets.Keys)), Urls);
        Terms = terms;
        Tracking = tracking;
        Disclosure = new Disclosure(Options.Audience, Portfolio.Config.Public);
        Strings = Theme.StringsFor(Config.Language, out var known);
        LanguageKnown = known;
        Site = SiteViews.Create(this, SiteAssets);
    }

    public Portfolio Portfolio { get; }
    public SiteOptions Options { get; }
    public Theme Theme { get; }
    public PortfolioConfig Config => Portfolio.Config;
    public DateOnly Today { get; }
    public SiteUrls Urls { get; }
    public AssetCatalog Assets { get; }
    public TermIndexes Terms { get; }
    public SiteTracking Tracking { get; }
    /// <summary>What this build shows: its audience and certfolio.yaml's <c>public:</c> switches.</summary>
    public Disclosure Disclosure { get; }
    public SiteView Site { get; }
    /// <summary>The interface strings of certfolio.yaml's <c>language:</c> (English when the theme has no file for it).</summary>
    public Strings Strings { get; }
    /// <summary>False when the theme has no language file for <c>language:</c> (CF0222), and the strings are English.</summary>
    public bool LanguageKnown { get; }
    /// <summary>See <see cref="SiteFingerprint"/>.</summary>
    public string Fingerprint { get; }
    /// <summary>The portfolio files the site itself shows (the avatar), besides those of credential pages.</summary>
    public List<AssetCopy> SiteAssets { get; } = [];

    public string FormatDate(DateOnly date, DatePrecision precision = DatePrecision.Day) => Strings.Date(date, precision, Config.DateFormat);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
