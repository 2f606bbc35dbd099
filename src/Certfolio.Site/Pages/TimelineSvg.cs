using System.Globalization;
using System.Text;
using Certfolio.Core.Model;
using Certfolio.Site.Languages;
using Certfolio.Site.Templates;

namespace Certfolio.Site.Pages;

/// <summary>One bar of a timeline: a credential, or a provider's span on a large portfolio.</summary>
/// <param name="Earned">For a provider's bar, how many of its credentials were issued in each year (drawn as columns on the
/// span, so a large portfolio's picture says when credentials were earned); empty for a credential's own bar.</param>
public sealed record TimelineBar(string Label, DateOnly Start, DateOnly? End, CredentialStatus Status, string Url, IReadOnlyList<(int Year, int Count)>? Earned = null)
{
    /// <summary>How far <see cref="Start"/> is known: a date known to the month is named as the month, never as its first day.</summary>
    public DatePrecision StartPrecision { get; init; } = DatePrecision.Day;
    /// <summary>How far <see cref="End"/> (the last valid day) is known.</summary>
    public DatePrecision EndPrecision { get; init; } = DatePrecision.Day;

    /// <summary>A credential's own bar on the home timeline of a small portfolio.</summary>
    public static TimelineBar Of(Credential credential, DateOnly? expires, DatePrecision expiresPrecision, CredentialStatus status, string url) =>
        new(credential.Title, credential.Issued, expires, status, url) { StartPrecision = credential.DatePrecision, EndPrecision = expiresPrecision };
}

/// <summary>
/// The validity pictures as inline SVG, styled by the theme's CSS classes (<c>tl-active</c>, <c>tl-expired</c>, …):
/// no inline styles, so the Content-Security-Policy can forbid them.
/// </summary>
public static class TimelineSvg
{
    /// <summary>Above this many credentials the home timeline draws one bar per provider.</summary>
    public const int MaxCredentialBars = 24;
    private const int Width = 960;
    // Each row holds a text label above its bar; the bar alone is 10 units high.
    private const int Row = 30;
    private const int BarHeight = 10;
    // The axis holds the "today" label above the year labels.
    private const int Axis = 34;
    /// <summary>Labels longer than this are cut with an ellipsis (the full title is in the bar's tooltip and label).</summary>
    public const int MaxLabelLength = 48;
    // A rough width per character of the 11-unit label font, to decide which side of the bar a label fits.
    private const double CharWidth = 6.2;
    private const int ArrowLength = 8;

    public static string Home(IReadOnlyList<TimelineBar> bars, DateOnly today, string dateFormat) => Home(bars, today, dateFormat, Strings.English);

    public static string Home(IReadOnlyList<TimelineBar> bars, DateOnly today, string dateFormat, Strings strings)
    {
        if (bars.Count == 0) return string.Empty;
        var start = new DateOnly(bars.Min(b => b.Start).Year, 1, 1);
        var lastYear = Math.Max(today.Year, bars.Max(b => (b.End ?? today).Year)) + 1;
        var end = new DateOnly(lastYear, 1, 1);
        var span = (double)(end.DayNumber - start.DayNumber);
        double X(DateOnly d) => Math.Round((d.DayNumber - start.DayNumber) / span * Width, 1);
        var height = Axis + bars.Count * Row + 4;

        var svg = new StringBuilder(512 + bars.Count * 384);
        svg.Append(Inv($"<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"group\" aria-label=\"{HtmlText.Encode(strings.Get("timeline.label"))}\">"));
        var years = lastYear - start.Year;
        var step = years <= 12 ? 1 : years <= 24 ? 2 : 5;
        for (var year = start.Year; year < lastYear; year += step)
        {
            var x = X(new DateOnly(year, 1, 1));
            svg.Append(Inv($"<line class=\"tl-grid\" x1=\"{x}\" x2=\"{x}\" y1=\"{Axis - 6}\" y2=\"{height}\"/><text class=\"tl-year\" x=\"{x + 3}\" y=\"{Axis - 10}\">{year}</text>"));
        }
        // The today line goes under the bars and labels (which carry a halo in the page's colour), so no label is crossed out.
        var t = X(today);
        svg.Append(Inv($"<line class=\"tl-today\" x1=\"{t}\" x2=\"{t}\" y1=\"{Axis - 30}\" y2=\"{height}\" data-today-x=\"{Math.Round(t / Width, 4)}\"/>"));
        var todayOnTheRight = t > Width - 60;
        svg.Append(Inv($"<text class=\"tl-today-label\" x=\"{(todayOnTheRight ? t - 4 : t + 4)}\" y=\"{Axis - 24}\"{(todayOnTheRight ? " text-anchor=\"end\"" : "")}>{HtmlText.Encode(strings.Get("timeline.today"))}</text>"));
        var maxEarned = bars.Max(b => b.Earned is { Count: > 0 } earned ? earned.Max(e => e.Count) : 0);
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var x1 = X(bar.Start);
            var open = bar.End is null;
            // An open end is an arrow: "no expiry" reads as going on, never as a lapsed grey bar.
            var x2 = bar.End is { } e ? X(e) : Width - ArrowLength;
            var y = Axis + i * Row;
            var label = HtmlText.Encode(strings.Format("timeline.bar", ("title", bar.Label), ("from", strings.Date(bar.Start, bar.StartPrecision, dateFormat)),
                ("until", bar.End is { } until ? strings.Date(until, bar.EndPrecision, dateFormat) : strings.Get("timeline.noExpiry")), ("status", strings.Status(bar.Status))));
            var text = ShortTitle(bar.Label);
            var fitsRight = x1 + 2 + text.Length * CharWidth <= Width;
            var textX = fitsRight ? x1 + 2 : Math.Max(text.Length * CharWidth, x2 - 2);
            var barClass = $"tl-bar tl-{bar.Status.ToSlug()}{(open ? " tl-open" : "")}{(bar.Earned is { Count: > 0 } ? " tl-span" : "")}";
            svg.Append("<a href=\"").Append(HtmlText.Encode(bar.Url)).Append("\" aria-label=\"").Append(label).Append("\">")
                .Append(Inv($"<text class=\"tl-label\" x=\"{Math.Round(textX, 1)}\" y=\"{y + 11}\"{(fitsRight ? "" : " text-anchor=\"end\"")}>"))
                .Append(HtmlText.Encode(text)).Append("</text>")
                .Append(Inv($"<rect class=\"{barClass}\" x=\"{x1}\" y=\"{y + 15}\" width=\"{Math.Max(2, x2 - x1)}\" height=\"{BarHeight}\" rx=\"4\">"))
                .Append("<title>").Append(label).Append("</title></rect>");
            if (open) svg.Append(Inv($"<path class=\"{barClass} tl-arrow\" d=\"M{x2},{y + 13}L{Width},{y + 20}L{x2},{y + 27}Z\"/>"));
            foreach (var (year, count) in bar.Earned ?? [])
            {
                // One column per year with credentials issued, as tall as that year's share of the busiest year.
                var columnHeight = Math.Max(3, Math.Round(BarHeight * count / (double)maxEarned, 1));
                var cx = X(new DateOnly(year, 1, 1));
                var cw = Math.Max(2, X(new DateOnly(year + 1, 1, 1)) - cx - 2);
                svg.Append(Inv($"<rect class=\"tl-earned\" x=\"{cx + 1}\" y=\"{y + 15 + BarHeight - columnHeight}\" width=\"{cw}\" height=\"{columnHeight}\"/>"));
            }
            svg.Append("</a>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>A credential's validity bar: the share of its validity already used, with a marker at the build day.</summary>
    public static string Validity(DateOnly issued, DateOnly? expires, DateOnly today, CredentialStatus status, DateOnly? renewalOpens = null) =>
        Validity(issued, expires, today, status, renewalOpens, Strings.English);

    public static string Validity(DateOnly issued, DateOnly? expires, DateOnly today, CredentialStatus status, DateOnly? renewalOpens, Strings strings)
    {
        const int width = 600;
        // Numbers are formatted straight into the builder (no FormattableString, no boxing), invariant as before.
        var invariant = CultureInfo.InvariantCulture;
        var svg = new StringBuilder(768);
        svg.Append(invariant, $"<svg class=\"validity\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} 16\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\"");
        if (expires is not { } end)
        {
            svg.Append(HtmlText.Encode(strings.Get("timeline.openEnded"))).Append("\">");
            svg.Append(invariant, $"<rect class=\"tl-track\" x=\"0\" y=\"4\" width=\"{width}\" height=\"8\" rx=\"4\"/><rect class=\"tl-bar tl-no-expiry tl-open\" x=\"0\" y=\"4\" width=\"{width}\" height=\"8\" rx=\"4\"/></svg>");
            return svg.ToString();
        }
        var total = Math.Max(1, end.DayNumber - issued.DayNumber);
        var used = Math.Clamp((today.DayNumber - issued.DayNumber) / (double)total, 0, 1);
        svg.Append(HtmlText.Encode(strings.Format("timeline.used", ("percent", strings.Number(Math.Round(used * 100)))))).Append("\">");
        var x = Math.Round(used * width, 1);
        svg.Append(invariant, $"<rect class=\"tl-track\" x=\"0\" y=\"5\" width=\"{width}\" height=\"6\" rx=\"3\"/>");
        if (renewalOpens is { } opens && opens > issued && opens < end)
        {
            // The renewal window: the track's own height, tinted from the day it opens to the expiry, under the bar
            // and the today marker (a taller box around the track read as a glitch).
            var start = Math.Round((opens.DayNumber - issued.DayNumber) / (double)total * width, 1);
            svg.Append(invariant, $"<rect class=\"tl-window\" x=\"{start}\" y=\"5\" width=\"{width - start}\" height=\"6\" rx=\"3\"><title>");
            svg.Append(HtmlText.Encode(strings.Get("timeline.window"))).Append("</title></rect>");
        }
        // The marker has a halo in the page's colour, so it reads against the bar, the window and the track alike.
        svg.Append(invariant, $"<rect class=\"tl-bar tl-{status.ToSlug()}\" x=\"0\" y=\"5\" width=\"{Math.Max(2, x)}\" height=\"6\" rx=\"3\"/><line class=\"tl-today-halo\" x1=\"{x}\" x2=\"{x}\" y1=\"0\" y2=\"16\" vector-effect=\"non-scaling-stroke\"/><line class=\"tl-today\" x1=\"{x}\" x2=\"{x}\" y1=\"0\" y2=\"16\" vector-effect=\"non-scaling-stroke\"/></svg>");
        return svg.ToString();
    }

    /// <summary>
    /// The label on a timeline bar: an acronym before a colon ("CKA: Certified Kubernetes Administrator" → "CKA"),
    /// otherwise the title without a vendor prefix before the colon ("Microsoft Certified: Azure Fundamentals" →
    /// "Azure Fundamentals"), cut at a word to at most <see cref="MaxLabelLength"/> characters: every word shown is a
    /// word of the link's accessible name.
    /// </summary>
    public static string ShortTitle(string title)
    {
        var text = title.Trim();
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0)
        {
            var head = text[..colon];
            var tail = text[(colon + 2)..].Trim();
            text = !head.Contains(' ') && head.Length <= 10 ? head : tail.Length > 0 ? tail : head;
        }
        if (text.Length <= MaxLabelLength) return text;
        var cut = text.LastIndexOf(' ', MaxLabelLength - 1);
        return (cut > 0 ? text[..cut] : text[..(MaxLabelLength - 1)]).TrimEnd(' ', ',', ';', ':', '-', '–') + "…";
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
