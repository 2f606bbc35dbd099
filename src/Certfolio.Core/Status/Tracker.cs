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
        var next = Next(entry, today);
        return entry with { Next = next, NextAction = Describe(next, dateFormat), NextDeadline = next.Deadline };
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

    /// <summary>What to do next for <paramref name="entry"/> on <paramref name="today"/>, as data.</summary>
    public static NextStep Next(CredentialTracking entry, DateOnly today)
    {
        if (!entry.Renew) return new NextStep(NextStepKind.NotRenewing);
        if (entry.Expires is not { } expires) return new NextStep(NextStepKind.Nothing);
        // The expiry (and the credit deadline that falls on it) at the precision it is known: "by 06.2024".
        DatePrecision P(DateOnly date) => date == expires ? entry.ExpiresPrecision : DatePrecision.Day;
        if (entry.Status == CredentialStatus.Expired)
            return new NextStep(entry.ExpiresPrecision == DatePrecision.Day ? NextStepKind.ExpiredOn : NextStepKind.ExpiredAfter) { Date = expires, DatePrecision = entry.ExpiresPrecision };

        var unit = entry.Policy?.CreditUnit ?? RenewalPolicy.DefaultCreditUnit;
        var currentYear = entry.Years.FirstOrDefault(y => y.Contains(today));
        if (currentYear is { IsMet: false } && currentYear.End < expires)
            return new NextStep(NextStepKind.LogCredits) { Amount = currentYear.Remaining, Unit = unit, Date = currentYear.End };
        if (entry.Credits is { IsMet: false } credits)
            return new NextStep(NextStepKind.LogCredits) { Amount = credits.Remaining, Unit = unit, Date = credits.Due, DatePrecision = P(credits.Due) };
        if (entry.RenewalOpens is { } opens && today < opens)
            return new NextStep(NextStepKind.RenewFrom) { Date = opens, Until = expires, UntilPrecision = entry.ExpiresPrecision };
        var how = entry.Policy?.Certifier is { } certifier ? certifier.RenewsBy : null;
        return entry.ExpiresPrecision == DatePrecision.Day
            ? new NextStep(NextStepKind.RenewBefore) { Date = expires, RenewsBy = how }
            : new NextStep(NextStepKind.RenewByEndOf) { Date = expires, DatePrecision = entry.ExpiresPrecision, RenewsBy = how };
    }

    /// <summary>A step in English, with dates in <paramref name="format"/>: "Log 22 more hours by 15.08.2027".</summary>
    public static string Describe(NextStep step, string format)
    {
        string D(DateOnly? date, DatePrecision precision) => DateText.Format(date!.Value, precision, format);
        var how = step.RenewsBy is { } renewsBy ? $" by {renewsBy}" : "";
        return step.Kind switch
        {
            NextStepKind.NotRenewing => NotRenewingAction,
            NextStepKind.Nothing => NeverExpiresAction,
            NextStepKind.ExpiredOn => $"Expired on {D(step.Date, step.DatePrecision)}: earn it again",
            NextStepKind.ExpiredAfter => $"Expired after {D(step.Date, step.DatePrecision)}: earn it again",
            NextStepKind.LogCredits => $"Log {Amount(step.Amount)} more {step.Unit} by {D(step.Date, step.DatePrecision)}",
            NextStepKind.RenewFrom => $"Renew from {D(step.Date, step.DatePrecision)}, by {D(step.Until, step.UntilPrecision)}",
            NextStepKind.RenewBefore => $"Renew before {D(step.Date, step.DatePrecision)}{how}",
            _ => $"Renew by the end of {D(step.Date, step.DatePrecision)}{how}",
        };
    }

    /// <summary>A number of credits as people write it: 22, 22.5.</summary>
    public static string Amount(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
