using Certfolio.Core.Model;
using Certfolio.Core.Status;
using Certfolio.Core.Validation;
using CultureInfo = System.Globalization.CultureInfo;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Certfolio.Interop.ICalendar;

/// <summary>
/// Writes a <see cref="TrackingReport"/> as an RFC 5545 calendar: for each credential an all-day event on
/// expiry, one when renewal opens, and one per credit deadline, each with reminders. UIDs are derived from
/// the credential's slug and the event's kind, and DTSTAMP from the report's day, so the same input on the
/// same day gives byte-identical output and subscribed calendars update events rather than duplicate them.
/// </summary>
public static class CalendarWriter
{
    public const string ProductId = "-//Certfolio//Certfolio//EN";

    /// <summary>The calendar as ICS text (CRLF line endings).</summary>
    public static string Write(TrackingReport report, CalendarOptions? options = null) =>
        new CalendarSerializer().SerializeToString(Build(report, options)) ?? "";

    /// <summary>The calendar as an Ical.Net object, for callers that add to it.</summary>
    public static Calendar Build(TrackingReport report, CalendarOptions? options = null)
    {
        options ??= CalendarOptions.Default;
        var calendar = new Calendar { ProductId = ProductId };
        calendar.AddProperty("CALSCALE", "GREGORIAN");
        calendar.AddProperty("X-WR-CALNAME", IcsValue.Text(options.Name ?? report.Portfolio.Config.Title));
        var stamp = new CalDateTime(report.Today.Year, report.Today.Month, report.Today.Day, 0, 0, 0, "UTC");
        var format = report.Portfolio.Config.DateFormat;

        var events = report.Entries.SelectMany(e => Events(e, report.Today, options, format))
            .Concat(report.Invalid.SelectMany(i => Events(i, options, format)))
            .OrderBy(e => e.Date).ThenBy(e => e.Uid, StringComparer.Ordinal);
        foreach (var item in events)
        {
            var calendarEvent = new CalendarEvent
            {
                Uid = IcsValue.Text(item.Uid),
                DtStamp = stamp,
                DtStart = new CalDateTime(item.Date.Year, item.Date.Month, item.Date.Day),
                DtEnd = new CalDateTime(SaturatingDate.AddDays(item.Date, 1).Year, SaturatingDate.AddDays(item.Date, 1).Month, SaturatingDate.AddDays(item.Date, 1).Day),
                Summary = IcsValue.Text(item.Summary),
                Description = IcsValue.Text(item.Description),
            };
            // A URL that is not a plain http(s) URI is left out: written verbatim, a line break in it would start
            // an event of its own.
            if (IcsValue.HttpUri(item.Url) is { } uri) calendarEvent.Url = uri;
            if (item.Alarms)
            {
                foreach (var days in options.AlarmDays)
                {
                    calendarEvent.Alarms.Add(new Alarm
                    {
                        Action = AlarmAction.Display,
                        Description = IcsValue.Text(options.Words.Reminder(item.Summary, days)),
                        Trigger = new Trigger(Duration.FromDays(-days)),
                    });
                }
            }
            calendar.Events.Add(calendarEvent);
        }
        return calendar;
    }

    private sealed record Item(string Uid, DateOnly Date, string Summary, string Description, string? Url, bool Alarms);

    private static IEnumerable<Item> Events(CredentialTracking entry, DateOnly today, CalendarOptions options, string format)
    {
        var credential = entry.Credential;
        var key = options.UidPrefix is { } prefix ? $"{prefix}-{credential.Slug}" : credential.Slug;
        var words = options.Words;
        var url = entry.Policy?.Url ?? credential.VerificationUrl;
        var about = words.About(credential);
        string Summary(MilestoneKind kind) => words.Summary(kind, credential.Title);

        foreach (var step in entry.Milestones(today))
        {
            var uid = $"{key}-{step.Key}@{options.UidDomain}";
            switch (step.Kind)
            {
                case MilestoneKind.Expiry:
                    yield return new Item(uid, step.Date, Summary(step.Kind), $"{about}\n{words.Expiry(entry, step.Date, step.Precision, format)}", url, entry.Renew);
                    break;
                case MilestoneKind.RenewalOpens:
                    yield return new Item(uid, step.Date, Summary(step.Kind), $"{about}\n{words.RenewalOpens(entry, step.Date, format)}", url, true);
                    break;
                case MilestoneKind.CreditsDue when entry.Credits is { } credits:
                    yield return new Item(uid, step.Date, Summary(step.Kind), $"{about}\n{words.CreditsDue(credits, format)}", url, true);
                    break;
                case MilestoneKind.AnnualCredits when entry.Years.FirstOrDefault(y => y.Number == step.CycleYear) is { } year:
                    yield return new Item(uid, step.Date, Summary(step.Kind), $"{about}\n{words.AnnualCredits(entry, year, format)}", url, true);
                    break;
            }
        }
    }

    /// <summary>
    /// A document that did not load keeps its expiry event when the date was readable, marked as from an invalid
    /// document: the reminder still fires, and says what to fix.
    /// </summary>
    private static IEnumerable<Item> Events(InvalidTracking invalid, CalendarOptions options, string format)
    {
        var document = invalid.Document;
        if (invalid.Expires is not { } expires) yield break;
        var slug = Slug.From(Path.GetFileNameWithoutExtension(document.RelativePath));
        var key = options.UidPrefix is { } prefix ? $"{prefix}-{slug}" : slug;
        var error = document.FirstError;
        var what = document.Provider is { } provider ? $"{provider}\n" : "";
        yield return new Item($"{key}-expiry@{options.UidDomain}", expires, $"Expires: {document.DisplayName} (invalid document)",
            $"{what}Expires {expires.ToString(format, CultureInfo.InvariantCulture)}.\n"
            + $"This document did not load: {document.RelativePath}:{error.Location.Line}:{error.Location.Column}: {error.Id}: {error.Message}\n"
            + "Fix it, then run 'certfolio check'.", null, document.Renew);
    }
}
