using System.Globalization;
using System.Text;
using Certfolio.Core.Status;
using Certfolio.Interop.ICalendar;
using Ical.Net.Serialization;

namespace Certfolio.Site.Pages;

/// <summary>
/// One VEVENT of <c>/calendar.ics</c> as Interop's <see cref="CalendarWriter"/> built it, serialized (kept as UTF-8,
/// ready to be joined), with its sort keys: DTSTART as yyyyMMdd and the UID. Equal when the keys and the bytes are.
/// </summary>
internal sealed record CalendarFragment(string Date, string Uid, byte[] Utf8)
{
    public bool Equals(CalendarFragment? other) =>
        other is not null && Date == other.Date && Uid == other.Uid && Utf8.AsSpan().SequenceEqual(other.Utf8);

    public override int GetHashCode() => HashCode.Combine(Date, Uid, Utf8.Length);
}

/// <summary>The order <see cref="CalendarWriter"/> writes events in: date, then UID, ordinal.</summary>
internal sealed class CalendarOrder : IComparer<CalendarFragment>
{
    public static CalendarOrder Instance { get; } = new();

    public int Compare(CalendarFragment? x, CalendarFragment? y)
    {
        var order = string.CompareOrdinal(x!.Date, y!.Date);
        return order != 0 ? order : string.CompareOrdinal(x.Uid, y.Uid);
    }
}

/// <summary>
/// <c>/calendar.ics</c>, assembled like the list pages: each credential's events are built once, at render time, by
/// <see cref="CalendarWriter.Build"/> itself (a report of that one entry) and serialized event by event, and the file
/// joins them in the writer's own order (date, then UID). A rebuild serializes only the changed credentials' events;
/// the result is byte for byte what <see cref="CalendarWriter.Write"/> gives for the whole report.
/// </summary>
internal static class SiteCalendar
{
    private const string EndCalendar = "END:VCALENDAR\r\n";

    /// <summary>The events of one credential, in <paramref name="words"/>: the site's language.</summary>
    public static CalendarFragment[] Events(TrackingReport report, CredentialTracking entry, ICalendarWords words)
    {
        var calendar = CalendarWriter.Build(report with { Entries = [entry] }, new CalendarOptions { Words = words });
        if (calendar.Events.Count == 0) return [];
        var serializer = new EventSerializer();
        var events = new CalendarFragment[calendar.Events.Count];
        var i = 0;
        foreach (var item in calendar.Events)
        {
            var start = item.DtStart!;
            var date = string.Create(CultureInfo.InvariantCulture, $"{start.Year:D4}{start.Month:D2}{start.Day:D2}");
            events[i++] = new CalendarFragment(date, item.Uid ?? string.Empty, Encoding.UTF8.GetBytes(serializer.SerializeToString(item) ?? string.Empty));
        }
        return events;
    }

    /// <summary>Every event of <paramref name="renders"/> in the writer's order (stable, as its LINQ sort is).</summary>
    public static CalendarFragment[] Sort(IEnumerable<CredentialRender> renders) =>
        renders.SelectMany(r => r.CalendarEvents)
            .OrderBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Uid, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The whole file: the writer's calendar without events, its events put in before its last line.</summary>
    public static byte[] Join(TrackingReport report, IReadOnlyList<CalendarFragment> events)
    {
        var empty = CalendarWriter.Write(report with { Entries = [] });
        var header = Encoding.UTF8.GetBytes(empty[..^EndCalendar.Length]);
        var length = header.Length + EndCalendar.Length;
        foreach (var item in events) length += item.Utf8.Length;
        var bytes = new byte[length];
        header.CopyTo(bytes, 0);
        var position = header.Length;
        foreach (var item in events)
        {
            item.Utf8.CopyTo(bytes, position);
            position += item.Utf8.Length;
        }
        Encoding.UTF8.GetBytes(EndCalendar, bytes.AsSpan(position));
        return bytes;
    }
}
