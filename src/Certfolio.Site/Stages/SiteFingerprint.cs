using System.Globalization;
using System.Text.Json;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Training;
using Certfolio.Site.Templates;

namespace Certfolio.Site.Stages;

/// <summary>Everything besides the documents that shapes every page: when it changes, a rebuild is a full build.</summary>
internal static class SiteFingerprint
{
    public static string Of(Theme theme, DateOnly today, SiteUrls urls, PortfolioConfig config, TrainingLedger ledger, SiteAudience audience)
    {
        var values = JsonSerializer.Serialize(config.Values, ConfigValuesJson.Default.IReadOnlyDictionaryStringObject);
        return string.Join('\n', theme.Signature, SiteModel.Iso(today), urls.BaseUrl ?? "-", config.DateFormat, config.ExpiringDays.ToString(CultureInfo.InvariantCulture),
            config.UnsafeHtml ? "unsafe" : "safe", values, LedgerSignature(ledger), audience.ToString());
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
