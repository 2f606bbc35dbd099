using Certfolio.Core.Model;
using Certfolio.Core.Status;

namespace Certfolio.Interop.ICalendar;

/// <summary>
/// The words of the calendar's events, each given whole: <see cref="CalendarWriter"/> decides which events there are
/// and when, the words say what they are called. <c>certfolio calendar</c> writes <see cref="EnglishCalendarWords"/>; a
/// site build in another language passes its own (the site's language file), so a German site's calendar is German.
/// </summary>
public interface ICalendarWords
{
    /// <summary>An event's title: "Expires: CKA", "Renewal opens: CKA", "Credits due: CKA", "Annual credits due: CKA".</summary>
    string Summary(MilestoneKind kind, string title);

    /// <summary>The first line of every description: the provider and the credential ID.</summary>
    string About(Credential credential);

    /// <summary>The expiry event's description after <see cref="About"/>: the day (or the month, when that is all that is known), then the next step or that it lapses.</summary>
    string Expiry(CredentialTracking entry, DateOnly date, DatePrecision precision, string dateFormat);

    /// <summary>The renewal window's description after <see cref="About"/>.</summary>
    string RenewalOpens(CredentialTracking entry, DateOnly date, string dateFormat);

    /// <summary>The credit deadline's description after <see cref="About"/>.</summary>
    string CreditsDue(CreditProgress credits, string dateFormat);

    /// <summary>A cycle year's minimum, after <see cref="About"/>.</summary>
    string AnnualCredits(CredentialTracking entry, CycleYearProgress year, string dateFormat);

    /// <summary>A reminder <paramref name="days"/> days before the event titled <paramref name="summary"/>.</summary>
    string Reminder(string summary, int days);
}

/// <summary>The calendar in English, as <c>certfolio calendar</c> writes it.</summary>
public sealed class EnglishCalendarWords : ICalendarWords
{
    public static EnglishCalendarWords Instance { get; } = new();

    private EnglishCalendarWords()
    {
    }

    public string Summary(MilestoneKind kind, string title) => kind switch
    {
        MilestoneKind.RenewalOpens => $"Renewal opens: {title}",
        MilestoneKind.CreditsDue => $"Credits due: {title}",
        MilestoneKind.AnnualCredits => $"Annual credits due: {title}",
        _ => $"Expires: {title}",
    };

    public string About(Credential credential) =>
        credential.CredentialId is { } id ? $"{credential.Provider}, credential {id}" : credential.Provider;

    public string Expiry(CredentialTracking entry, DateOnly date, DatePrecision precision, string dateFormat) =>
        $"Expires {D(date, dateFormat, precision)}.\n" + (entry.Renew ? $"Next: {entry.NextAction}" : "Not renewing (renew: false).");

    public string RenewalOpens(CredentialTracking entry, DateOnly date, string dateFormat) =>
        $"Renewal opens {D(date, dateFormat)}; renew by {D(entry.Expires!.Value, dateFormat, entry.ExpiresPrecision)}.";

    public string CreditsDue(CreditProgress credits, string dateFormat) =>
        $"{Tracker.Amount(credits.Required)} {credits.Unit} due by {D(credits.Due, dateFormat, credits.DuePrecision)}; {Tracker.Amount(credits.Earned)} logged so far.";

    public string AnnualCredits(CredentialTracking entry, CycleYearProgress year, string dateFormat) =>
        $"At least {Tracker.Amount(year.Required)} {entry.Policy?.CreditUnit} in year {year.Number} of the cycle ({D(year.Start, dateFormat)} to {D(year.End, dateFormat)}); {Tracker.Amount(year.Earned)} logged.";

    public string Reminder(string summary, int days) => $"{summary} in {days} days";

    private static string D(DateOnly date, string format, DatePrecision precision = DatePrecision.Day) => DateText.Format(date, precision, format);
}
