using Certfolio.Core.Model;
using Certfolio.Core.Renewal;
using Certfolio.Core.Status;
using Certfolio.Interop.ICalendar;

namespace Certfolio.Site.Languages;

/// <summary>
/// The renewal calendar's words in the site's language (<c>ics.*</c>), with its dates, numbers and next actions
/// worded as the site words them. In English it reads as <c>certfolio calendar</c> writes it.
/// </summary>
internal sealed class CalendarText(Strings strings) : ICalendarWords
{
    public string Summary(MilestoneKind kind, string title) => strings.Format(kind switch
    {
        MilestoneKind.RenewalOpens => "ics.renewalOpens",
        MilestoneKind.CreditsDue => "ics.creditsDue",
        MilestoneKind.AnnualCredits => "ics.annualCreditsDue",
        _ => "ics.expires",
    }, ("title", title));

    public string About(Credential credential) =>
        credential.CredentialId is { } id ? strings.Format("ics.about", ("provider", credential.Provider), ("id", id)) : credential.Provider;

    public string Expiry(CredentialTracking entry, DateOnly date, DatePrecision precision, string dateFormat) =>
        strings.Format("ics.expiresOn", ("date", D(date, dateFormat, precision))) + "\n"
        + (entry.Renew ? strings.Format("ics.next", ("next", TrackingText.NextAction(entry.Next, strings, dateFormat))) : strings.Get("ics.notRenewing"));

    public string RenewalOpens(CredentialTracking entry, DateOnly date, string dateFormat) =>
        strings.Format("ics.renewalWindow", ("date", D(date, dateFormat)), ("until", D(entry.Expires!.Value, dateFormat, entry.ExpiresPrecision)));

    public string CreditsDue(CreditProgress credits, string dateFormat) => strings.Format("ics.credits",
        ("required", strings.Number(credits.Required)), ("unit", TrackingText.Unit(credits.Unit, strings)), ("date", D(credits.Due, dateFormat, credits.DuePrecision)),
        ("earned", strings.Number(credits.Earned)));

    public string AnnualCredits(CredentialTracking entry, CycleYearProgress year, string dateFormat) => strings.Format("ics.annualCredits",
        ("required", strings.Number(year.Required)), ("unit", TrackingText.Unit(entry.Policy?.CreditUnit ?? RenewalPolicy.DefaultCreditUnit, strings)),
        ("year", strings.Number(year.Number)), ("from", D(year.Start, dateFormat)), ("until", D(year.End, dateFormat)), ("earned", strings.Number(year.Earned)));

    public string Reminder(string summary, int days) => strings.Format("ics.reminder", ("summary", summary), ("days", strings.Number(days)));

    private string D(DateOnly date, string format, DatePrecision precision = DatePrecision.Day) => strings.Date(date, precision, format);
}
