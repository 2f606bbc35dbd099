using Certfolio.Core.Model;
using Certfolio.Core.Renewal;
using Certfolio.Core.Status;

namespace Certfolio.Site.Languages;

/// <summary>
/// What <c>certfolio status</c> says in English (milestone labels, the next action), worded in the site's language from
/// the same tracking data.
/// </summary>
internal static class TrackingText
{
    /// <summary>The unit of credits: Certfolio's own default ("hours") in the page's language; a policy's own unit (CPE, PDUs) as written.</summary>
    public static string Unit(string unit, Strings strings) =>
        unit == RenewalPolicy.DefaultCreditUnit ? strings.Get("credits.hours") : unit;

    public static string Milestone(Milestone milestone, CredentialTracking tracking, Strings strings) => milestone.Kind switch
    {
        MilestoneKind.Issued => strings.Get("milestone.issued"),
        MilestoneKind.RenewalOpens => strings.Get("milestone.renewalOpens"),
        MilestoneKind.AnnualCredits when milestone.CycleYear is { } year && year <= tracking.Years.Count => strings.Format("milestone.annualCredits",
            ("amount", strings.Number(tracking.Years[year - 1].Required)),
            ("unit", Unit(tracking.Policy?.CreditUnit ?? RenewalPolicy.DefaultCreditUnit, strings)),
            ("year", strings.Number(year))),
        MilestoneKind.CreditsDue when tracking.Credits is { } credits => strings.Format("milestone.creditsDue",
            ("amount", strings.Number(credits.Required)), ("unit", Unit(credits.Unit, strings))),
        MilestoneKind.Expiry => strings.Get(tracking.Status == CredentialStatus.Expired ? "milestone.expired" : "milestone.expires"),
        _ => milestone.Label,
    };

    /// <summary>The next action ("Log 22 more hours by 15.08.2027"), with dates in <paramref name="format"/> and the language's names.</summary>
    public static string NextAction(NextStep step, Strings strings, string format)
    {
        string D(DateOnly? date, DatePrecision precision) => strings.Date(date!.Value, precision, format);
        var how = step.RenewsBy is { } renewsBy ? strings.Format("next.how", ("how", renewsBy)) : "";
        return step.Kind switch
        {
            NextStepKind.NotRenewing => strings.Get("next.notRenewing"),
            NextStepKind.Nothing => strings.Get("next.nothing"),
            NextStepKind.ExpiredOn => strings.Format("next.expiredOn", ("date", D(step.Date, step.DatePrecision))),
            NextStepKind.ExpiredAfter => strings.Format("next.expiredAfter", ("date", D(step.Date, step.DatePrecision))),
            NextStepKind.LogCredits => strings.Format("next.log", ("amount", strings.Number(step.Amount)), ("unit", Unit(step.Unit ?? RenewalPolicy.DefaultCreditUnit, strings)),
                ("date", D(step.Date, step.DatePrecision))),
            NextStepKind.RenewFrom => strings.Format("next.renewFrom", ("date", D(step.Date, step.DatePrecision)), ("until", D(step.Until, step.UntilPrecision))),
            NextStepKind.RenewBefore => strings.Format("next.renewBefore", ("date", D(step.Date, step.DatePrecision)), ("how", how)),
            _ => strings.Format("next.renewByEnd", ("date", D(step.Date, step.DatePrecision)), ("how", how)),
        };
    }
}
