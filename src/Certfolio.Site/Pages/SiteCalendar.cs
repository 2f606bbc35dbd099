using System.Buffers;
using System.Text;
using Certfolio.Core.Tracking;
using Certfolio.Interop.ICalendar;

namespace Certfolio.Site.Pages;

/// <summary>One VEVENT of <c>/calendar.ics</c> as Interop's <see cref="CalendarWriter"/> wrote it, with its sort keys.</summary>
internal sealed record CalendarFragment(string Date, string Uid, string Text);

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
            events.Add(new CalendarFragment(Value(block, "DTSTART"), Value(block, "UID"), block));
            start = next;
        }
        return events.ToArray();
    }

    public static byte[] Join(TrackingReport report, IEnumerable<CredentialRender> renders)
    {
        var empty = CalendarWriter.Write(report with { Entries = [] });
        var events = renders.SelectMany(r => r.CalendarEvents)
            .OrderBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Uid, StringComparer.Ordinal)
            .ToArray();
        // Encoded straight into one buffer: at 10,000 credentials the file is ~7 MB, and a string in between would double it.
        var output = new ArrayBufferWriter<byte>(empty.Length + events.Sum(e => e.Text.Length) + 1024);
        Encoding.UTF8.GetBytes(empty.AsSpan(0, empty.LastIndexOf(EndCalendar, StringComparison.Ordinal)), output);
        foreach (var item in events) Encoding.UTF8.GetBytes(item.Text, output);
        Encoding.UTF8.GetBytes(EndCalendar, output);
        return output.WrittenSpan.ToArray();
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
