using System.Globalization;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Renewal;
using Certfolio.Core.Training;

namespace Certfolio.Core.Status;

/// <summary>
/// The tracking stage: a loaded <see cref="Portfolio"/> and a clock to a <see cref="TrackingReport"/>.
/// All date logic reads today from the <see cref="TimeProvider"/>, so reports are reproducible.
/// </summary>
public static class Tracker
{
    public static TrackingReport Track(Portfolio portfolio, TimeProvider clock, TrackingOptions? options = null)
    {
        options ??= TrackingOptions.Default;
        var today = StatusCalculator.Today(clock);
        var expiringDays = options.ExpiringDays ?? portfolio.Config.ExpiringDays;
        // The loader read the ledger and bound the policies; their problems are in the portfolio's diagnostics as well.
        var ledger = portfolio.Ledger;
        var resolver = portfolio.Policies;
        var format = portfolio.Config.DateFormat;

        // A credential whose expiry date did not bind is listed as invalid, not as one that never expires.
        var invalidPaths = portfolio.InvalidDocuments.Select(d => d.RelativePath).ToHashSet(StringComparer.Ordinal);
        var entries = portfolio.Credentials
            .Where(c => !invalidPaths.Contains(c.RelativePath))
            .Select(c => Track(c, resolver.Resolve(c), ledger.Activities, today, expiringDays, format))
            .OrderBy(e => e.Credential.RelativePath, StringComparer.Ordinal)
            .ToArray();
        var diagnostics = PortfolioLoader.Sort(resolver.Diagnostics.Concat(ledger.Diagnostics));
        return new TrackingReport(portfolio, today, expiringDays, entries, ledger, diagnostics)
        {
            Invalid = portfolio.InvalidDocuments.Select(d => new InvalidTracking(d, today, expiringDays)).ToArray(),
        };
    }

    /// <summary>Tracks one credential under a policy (null: only its own dates count).</summary>
    public static CredentialTracking Track(Credential credential, RenewalPolicy? policy, IReadOnlyList<TrainingActivity> activities,
        DateOnly today, int expiringDays, string dateFormat = "dd.MM.yyyy")
    {
        // An expiry known to the month is valid to its last day; an issue date so known counts from the first.
        var expires = credential.ValidThrough;
        var fromPolicy = false;
        if (expires is null && policy is { Terms.Expires: not false, Terms.CycleYears: { } years })
        {
            expires = SaturatingDate.AddYears(credential.Issued, years);
            fromPolicy = true;
        }
        DateOnly? opens = expires is { } e && policy is not null ? SaturatingDate.AddDays(e, -policy.WindowDays) : null;
        var status = StatusCalculator.Compute(expires, today, expiringDays, opens);

        DateOnly? cycleStart = null;
        CreditProgress? credits = null;
        IReadOnlyList<CycleYearProgress> cycleYears = [];
        if (expires is { } end)
        {
            var start = policy?.Terms.CycleYears is { } cycle ? SaturatingDate.AddYears(end, -cycle) : credential.Issued;
            if (credential.Issued > start) start = credential.Issued;
            cycleStart = start;
            if (policy is not null)
            {
                var counted = activities.Where(a => a.Date >= start && a.Date <= end && a.Date <= today && a.AppliesToCredential(credential)).ToArray();
                if (policy.RequiredCredits is { } required)
                    credits = new CreditProgress(counted.Sum(a => a.CreditsUnder(policy)), required, policy.CreditUnit, end, counted)
                    {
                        DuePrecision = fromPolicy ? DatePrecision.Day : credential.DatePrecision,
                    };
                if (policy.Terms.AnnualMinimum is > 0 and var minimum)
                    cycleYears = Years(start, end, counted, policy, minimum);
            }
        }

        var entry = new CredentialTracking
        {
            Credential = credential,
            Policy = policy,
            Status = status,
            Expires = expires,
            ExpiresPrecision = fromPolicy ? DatePrecision.Day : credential.DatePrecision,
            ExpiryFromPolicy = fromPolicy,
            RenewalOpens = opens,
            DaysLeft = expires is { } x ? x.DayNumber - today.DayNumber : null,
            CycleStart = cycleStart,
            Credits = credits,
            Years = cycleYears,
            NextAction = "",
        };
        var (action, deadline) = NextAction(entry, today, dateFormat);
        return entry with { NextAction = action, NextDeadline = deadline };
    }

    private static CycleYearProgress[] Years(DateOnly start, DateOnly end, IReadOnlyList<TrainingActivity> counted, RenewalPolicy policy, double minimum)
    {
        var years = new List<CycleYearProgress>();
        // A year that would start on the expiry day itself is no year of the cycle.
        for (var i = 0; SaturatingDate.AddYears(start, i) < end; i++)
        {
            var yearStart = SaturatingDate.AddYears(start, i);
            var yearEnd = SaturatingDate.AddDays(SaturatingDate.AddYears(start, i + 1), -1);
            if (yearEnd > end) yearEnd = end;
            var earned = counted.Where(a => a.Date >= yearStart && a.Date <= yearEnd).Sum(a => a.CreditsUnder(policy));
            years.Add(new CycleYearProgress(i + 1, yearStart, yearEnd, earned, minimum));
        }
        return years.ToArray();
    }

    /// <summary>The next action of a credential its owner lets lapse (<c>renew: false</c>).</summary>
    public const string NotRenewingAction = "Nothing to do: not renewing (renew: false)";

    /// <summary>The next action of a credential that never expires.</summary>
    public const string NeverExpiresAction = "Nothing to do";

    private static (string Action, DateOnly? Deadline) NextAction(CredentialTracking entry, DateOnly today, string format)
    {
        string D(DateOnly date) => date.ToString(format, CultureInfo.InvariantCulture);
        // The expiry (and the credit deadline that falls on it) at the precision it is known: "by 06.2024".
        string E(DateOnly date) => date == entry.Expires ? DateText.Format(date, entry.ExpiresPrecision, format) : D(date);
        if (!entry.Renew) return (NotRenewingAction, null);
        if (entry.Expires is not { } expires) return (NeverExpiresAction, null);
        if (entry.Status == CredentialStatus.Expired)
            return (entry.ExpiresPrecision == DatePrecision.Day ? $"Expired on {D(expires)}: earn it again" : $"Expired after {E(expires)}: earn it again", null);

        var unit = entry.Policy?.CreditUnit ?? RenewalPolicy.DefaultCreditUnit;
        var currentYear = entry.Years.FirstOrDefault(y => y.Contains(today));
        if (currentYear is { IsMet: false } && currentYear.End < expires)
            return ($"Log {Amount(currentYear.Remaining)} more {unit} by {D(currentYear.End)}", currentYear.End);
        if (entry.Credits is { IsMet: false } credits)
            return ($"Log {Amount(credits.Remaining)} more {unit} by {E(credits.Due)}", credits.Due);
        if (entry.RenewalOpens is { } opens && today < opens)
            return ($"Renew from {D(opens)}, by {E(expires)}", opens);
        var how = entry.Policy?.Certifier is { } certifier ? $" by {certifier.RenewsBy}" : "";
        return (entry.ExpiresPrecision == DatePrecision.Day ? $"Renew before {D(expires)}{how}" : $"Renew by the end of {E(expires)}{how}", expires);
    }

    /// <summary>A number of credits as people write it: 22, 22.5.</summary>
    public static string Amount(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
