using System.Text;
using Certfolio.Core.Status;
using Certfolio.Interop.ICalendar;

namespace Certfolio.Site.Pages;

/// <summary>
/// One VEVENT of <c>/calendar.ics</c> as Interop's <see cref="CalendarWriter"/> wrote it (kept as UTF-8, ready to be
/// joined), with its sort keys. Equal when the keys and the bytes are.
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
/// <c>/calendar.ics</c>, assembled like the list pages: each credential's events are written once, at render time,
/// by <see cref="CalendarWriter"/> itself (a report of that one entry), and the file joins them in the writer's own
/// order (date, then UID). A rebuild rewrites only the changed credentials' events; the result is byte for byte what
/// <see cref="CalendarWriter.Write"/> gives for the whole report.
/// </summary>
internal static class SiteCalendar
{
    private const string BeginEvent = "BEGIN:VEVENT\r\n";
    private const string EndCalendar = "END:VCALENDAR\r\n";

    public static CalendarFragment[] Events(TrackingReport report, CredentialTracking entry)
    {
        var text = CalendarWriter.Write(report with { Entries = [entry] });
        var events = new List<CalendarFragment>();
        var start = text.IndexOf(BeginEvent, StringComparison.Ordinal);
        while (start >= 0)
        {
            var next = text.IndexOf(BeginEvent, start + BeginEvent.Length, StringComparison.Ordinal);
            var block = text[start..(next >= 0 ? next : text.LastIndexOf(EndCalendar, StringComparison.Ordinal))];
            events.Add(new CalendarFragment(Value(block, "DTSTART"), Value(block, "UID"), Encoding.UTF8.GetBytes(block)));
            start = next;
        }
        return events.ToArray();
    }

    /// <summary>Every event of <paramref name="renders"/> in the writer's order (stable, as its LINQ sort is).</summary>
    public static CalendarFragment[] Sort(IEnumerable<CredentialRender> renders) =>
        renders.SelectMany(r => r.CalendarEvents)
            .OrderBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Uid, StringComparer.Ordinal)
            .ToArray();

    /// <summary>
    /// The sorted events with the leaving credentials' events taken out and the entering ones' put in; null when that
    /// cannot be done exactly (an event missing, or two events with the same date and UID), and the caller sorts.
    /// </summary>
    public static CalendarFragment[]? Splice(IReadOnlyList<CalendarFragment> sorted, IEnumerable<CredentialRender> leaving, IEnumerable<CredentialRender> entering) =>
        SortedSplice.Apply(sorted, leaving.SelectMany(r => r.CalendarEvents), entering.SelectMany(r => r.CalendarEvents), CalendarOrder.Instance);

    /// <summary>The whole file: the writer's header and footer around the sorted events' bytes, copied into one array.</summary>
    public static byte[] Join(TrackingReport report, IReadOnlyList<CalendarFragment> events)
    {
        var empty = CalendarWriter.Write(report with { Entries = [] });
        var header = Encoding.UTF8.GetBytes(empty[..empty.LastIndexOf(EndCalendar, StringComparison.Ordinal)]);
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

    /// <summary>A property's value (after its parameters), unfolded: RFC 5545 folds long lines with CRLF and a space.</summary>
    private static string Value(string block, string name)
    {
        var line = block.IndexOf("\r\n" + name, StringComparison.Ordinal);
        if (line < 0) return string.Empty;
        var i = block.IndexOf(':', line + 2 + name.Length) + 1;
        var value = new StringBuilder();
        while (true)
        {
            var end = block.IndexOf("\r\n", i, StringComparison.Ordinal);
            if (end < 0) end = block.Length;
            value.Append(block, i, end - i);
            if (end + 2 >= block.Length || block[end + 2] != ' ') return value.ToString();
            i = end + 3;
        }
    }
}
