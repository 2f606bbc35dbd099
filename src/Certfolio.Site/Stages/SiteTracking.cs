using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Status;
using Certfolio.Core.Training;

namespace Certfolio.Site.Stages;

/// <summary>
/// Every credential tracked on the build day, exactly as <c>certfolio status</c> tracks it (status, renewal opening,
/// expiry derived from a policy's cycle, credits from the training ledger), with each entry also at its credential's
/// position in the portfolio, so a page finds its entry without an index of every path.
/// </summary>
internal sealed class SiteTracking
{
    private readonly CredentialTracking[] _aligned;
    private Dictionary<string, CredentialTracking>? _byPath;

    private SiteTracking(TrackingReport report, CredentialTracking[] aligned, bool sorted)
    {
        Report = report;
        _aligned = aligned;
        Sorted = sorted;
    }

    /// <summary>The report <c>certfolio status</c> prints for the same portfolio and day.</summary>
    public TrackingReport Report { get; }

    /// <summary>The entries in the order of the portfolio's credentials.</summary>
    public IReadOnlyList<CredentialTracking> Aligned => _aligned;

    /// <summary>True when the portfolio's credentials are in ordinal path order (as the loader gives them).</summary>
    public bool Sorted { get; }

    /// <summary>Tracks every credential as <see cref="Tracker.Track(Portfolio, TimeProvider, TrackingOptions)"/> does (the same per-credential call).</summary>
    public static SiteTracking Track(Portfolio portfolio, TrainingLedger ledger, DateOnly today) => Track(portfolio, ledger, today, (_, _) => null);

    /// <param name="reuse">The entry to keep for the credential at a position, or null to track it.</param>
    public static SiteTracking Track(Portfolio portfolio, TrainingLedger ledger, DateOnly today, Func<int, Credential, CredentialTracking?> reuse)
    {
        var config = portfolio.Config;
        var resolver = portfolio.Policies;
        var credentials = portfolio.Credentials;
        var aligned = new CredentialTracking[credentials.Count];
        var sorted = true;
        for (var i = 0; i < aligned.Length; i++)
        {
            var credential = credentials[i];
            aligned[i] = reuse(i, credential) ?? Tracker.Track(credential, resolver.Resolve(credential), ledger.Activities, today, config.ExpiringDays, config.DateFormat);
            if (i > 0 && sorted) sorted = string.CompareOrdinal(credentials[i - 1].RelativePath, credential.RelativePath) < 0;
        }
        IReadOnlyList<CredentialTracking> entries = sorted ? aligned : aligned.OrderBy(e => e.Credential.RelativePath, StringComparer.Ordinal).ToArray();
        var report = new TrackingReport(portfolio, today, config.ExpiringDays, entries, ledger, PortfolioLoader.Sort(resolver.Diagnostics.Concat(ledger.Diagnostics)));
        return new SiteTracking(report, aligned, sorted);
    }

    /// <summary>The tracking entry of a credential of this portfolio.</summary>
    public CredentialTracking Of(Credential credential)
    {
        if (Sorted)
        {
            // A binary search by path: a rebuild looks up a handful of credentials and should not index 10,000.
            int low = 0, high = _aligned.Length - 1;
            while (low <= high)
            {
                var middle = (low + high) >>> 1;
                var order = string.CompareOrdinal(_aligned[middle].Credential.RelativePath, credential.RelativePath);
                if (order == 0) return _aligned[middle];
                if (order < 0) low = middle + 1;
                else high = middle - 1;
            }
            throw new KeyNotFoundException(credential.RelativePath);
        }
        lock (_aligned)
        {
            _byPath ??= _aligned.ToDictionary(e => e.Credential.RelativePath, StringComparer.Ordinal);
        }
        return _byPath[credential.RelativePath];
    }
}
