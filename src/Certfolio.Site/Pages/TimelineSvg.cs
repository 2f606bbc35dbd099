using System.Globalization;
using System.Text;
using Certfolio.Core.Model;
using Certfolio.Site.Languages;
using Certfolio.Site.Templates;

namespace Certfolio.Site.Pages;

/// <summary>One bar of a timeline: a credential, or a provider's span on a large portfolio.</summary>
public sealed record TimelineBar(string Label, DateOnly Start, DateOnly? End, CredentialStatus Status, string Url)
{
    /// <summary>A credential's own bar on the home timeline of a small portfolio.</summary>
    public static TimelineBar Of(Credential credential, DateOnly? expires, CredentialStatus status, string url) =>
        new(credential.Title, credential.Issued, expires, status, url);
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
    private const int Axis = 22;
    /// <summary>Labels longer than this are cut with an ellipsis (the full title is in the bar's tooltip and label).</summary>
    public const int MaxLabelLength = 48;
    // A rough width per character of the 11-unit label font, to decide which side of the bar a label fits.
    private const double CharWidth = 6.2;

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
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var x1 = X(bar.Start);
            var x2 = bar.End is { } e ? X(e) : Width;
            var y = Axis + i * Row;
            var label = HtmlText.Encode(strings.Format("timeline.bar", ("title", bar.Label), ("from", bar.Start.ToString(dateFormat, strings.DateFormat)),
                ("until", bar.End is { } until ? until.ToString(dateFormat, strings.DateFormat) : strings.Get("timeline.noExpiry")), ("status", strings.Status(bar.Status))));
            var text = ShortTitle(bar.Label);
            var fitsRight = x1 + 2 + text.Length * CharWidth <= Width;
            var textX = fitsRight ? x1 + 2 : Math.Max(text.Length * CharWidth, x2 - 2);
            svg.Append("<a href=\"").Append(HtmlText.Encode(bar.Url)).Append("\" aria-label=\"").Append(label).Append("\">")
                .Append(Inv($"<text class=\"tl-label\" x=\"{Math.Round(textX, 1)}\" y=\"{y + 11}\"{(fitsRight ? "" : " text-anchor=\"end\"")}>"))
                .Append(HtmlText.Encode(text)).Append("</text>")
                .Append(Inv($"<rect class=\"tl-bar tl-{bar.Status.ToSlug()}{(bar.End is null ? " tl-open" : "")}\" x=\"{x1}\" y=\"{y + 15}\" width=\"{Math.Max(2, x2 - x1)}\" height=\"{BarHeight}\" rx=\"4\">"))
                .Append("<title>").Append(label).Append("</title></rect></a>");
        }
        var t = X(today);
        svg.Append(Inv($"<line class=\"tl-today\" x1=\"{t}\" x2=\"{t}\" y1=\"{Axis - 6}\" y2=\"{height}\" data-today-x=\"{Math.Round(t / Width, 4)}\"/></svg>"));
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
        svg.Append(HtmlText.Encode(strings.Format("timeline.used", ("percent", Math.Round(used * 100).ToString(invariant))))).Append("\">");
        var x = Math.Round(used * width, 1);
        if (renewalOpens is { } opens && opens > issued && opens < end)
        {
            // The renewal window, shaded from the day it opens to the expiry, behind the track so the
            // today marker drawn last always stays on top of it.
            var start = Math.Round((opens.DayNumber - issued.DayNumber) / (double)total * width, 1);
            svg.Append(invariant, $"<rect class=\"tl-window\" x=\"{start}\" y=\"1\" width=\"{width - start}\" height=\"14\" rx=\"3\"><title>");
            svg.Append(HtmlText.Encode(strings.Get("timeline.window"))).Append("</title></rect>");
        }
        svg.Append(invariant, $"<rect class=\"tl-track\" x=\"0\" y=\"5\" width=\"{width}\" height=\"6\" rx=\"3\"/>");
        // The marker has a halo in the page's colour, so it reads against the bar, the window and the track alike.
        svg.Append(invariant, $"<rect class=\"tl-bar tl-{status.ToSlug()}\" x=\"0\" y=\"5\" width=\"{Math.Max(2, x)}\" height=\"6\" rx=\"3\"/><line class=\"tl-today-halo\" x1=\"{x}\" x2=\"{x}\" y1=\"0\" y2=\"16\" vector-effect=\"non-scaling-stroke\"/><line class=\"tl-today\" x1=\"{x}\" x2=\"{x}\" y1=\"0\" y2=\"16\" vector-effect=\"non-scaling-stroke\"/></svg>");
        return svg.ToString();
    }

    /// <summary>
    /// The label on a timeline bar: an acronym before a colon ("CKA: Certified Kubernetes Administrator" → "CKA"),
    /// otherwise the title without a vendor prefix before the colon ("Microsoft Certified: Azure Fundamentals" →
    /// "Azure Fundamentals"), cut to <see cref="MaxLabelLength"/> characters.
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
        return text.Length <= MaxLabelLength ? text : text[..(MaxLabelLength - 1)].TrimEnd() + "…";
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
