using Certfolio.Core.Portfolios;
using Certfolio.Core.Status;
using Certfolio.Core.Training;
using Certfolio.Site.Templates;

namespace Certfolio.Site.Stages;

/// <summary>
/// What a build reads besides the documents, cheap to gather: today, the URLs, the training ledger and the
/// fingerprint they make together. A rebuild compares fingerprints before it reuses anything.
/// </summary>
internal sealed record SiteInputs(Portfolio Portfolio, SiteOptions Options, Theme Theme, DateOnly Today, SiteUrls Urls, TrainingLedger Ledger, string Fingerprint)
{
    public static SiteInputs Gather(Portfolio portfolio, SiteOptions options, Theme theme)
    {
        var today = StatusCalculator.Today(options.Clock);
        var urls = SiteUrls.For(options, portfolio.Config.BaseUrl);
        var ledger = portfolio.Ledger;
        return new SiteInputs(portfolio, options, theme, today, urls, ledger, SiteFingerprint.Of(theme, today, urls, portfolio.Config, ledger, options.Audience));
    }
}
