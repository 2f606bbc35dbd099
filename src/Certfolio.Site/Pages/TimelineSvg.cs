using System.Globalization;
using System.Text;
using Certfolio.Core.Model;
using Certfolio.Site.Templates;

namespace Certfolio.Site.Pages;

/// <summary>One bar of a timeline: a credential, or a provider's span on a large portfolio.</summary>
public sealed record TimelineBar(string Label, DateOnly Start, DateOnly? End, CredentialStatus Status, string Url);

/// <summary>
/// The validity pictures as inline SVG, styled by the theme's CSS classes (<c>tl-active</c>, <c>tl-expired</c>, …):
/// no inline styles, so the Content-Security-Policy can forbid them.
/// </summary>
public static class TimelineSvg
{
    /// <summary>Above this many credentials the home timeline draws one bar per provider.</summary>
    public const int MaxCredentialBars = 24;
    private const int Width = 960;
    private const int Row = 18;
    private const int Axis = 22;

    public static string Home(IReadOnlyList<TimelineBar> bars, DateOnly today, string dateFormat)
    {
        if (bars.Count == 0) return string.Empty;
        var start = new DateOnly(bars.Min(b => b.Start).Year, 1, 1);
        var lastYear = Math.Max(today.Year, bars.Max(b => (b.End ?? today).Year)) + 1;
        var end = new DateOnly(lastYear, 1, 1);
        var span = (double)(end.DayNumber - start.DayNumber);
        double X(DateOnly d) => Math.Round((d.DayNumber - start.DayNumber) / span * Width, 1);
        var height = Axis + bars.Count * Row + 4;

        var svg = new StringBuilder(512 + bars.Count * 256);
        svg.Append(Inv($"<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" preserveAspectRatio=\"none\" role=\"group\" aria-label=\"Validity timeline\">"));
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
            var label = HtmlText.Encode($"{bar.Label}: {bar.Start.ToString(dateFormat, CultureInfo.InvariantCulture)} – {(bar.End is { } until ? until.ToString(dateFormat, CultureInfo.InvariantCulture) : "no expiry")} ({bar.Status.ToLabel()})");
            svg.Append("<a href=\"").Append(HtmlText.Encode(bar.Url)).Append("\" aria-label=\"").Append(label).Append("\">")
                .Append(Inv($"<rect class=\"tl-bar tl-{bar.Status.ToSlug()}{(bar.End is null ? " tl-open" : "")}\" x=\"{x1}\" y=\"{y}\" width=\"{Math.Max(2, x2 - x1)}\" height=\"{Row - 6}\" rx=\"4\">"))
                .Append("<title>").Append(label).Append("</title></rect></a>");
        }
        var t = X(today);
        svg.Append(Inv($"<line class=\"tl-today\" x1=\"{t}\" x2=\"{t}\" y1=\"{Axis - 6}\" y2=\"{height}\"/></svg>"));
        return svg.ToString();
    }

    /// <summary>A credential's validity bar: the share of its validity already used, with a marker at the build day.</summary>
    public static string Validity(DateOnly issued, DateOnly? expires, DateOnly today, CredentialStatus status, DateOnly? renewalOpens = null)
    {
        const int width = 600;
        var svg = new StringBuilder(480);
        svg.Append(Inv($"<svg class=\"validity\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} 16\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\""));
        if (expires is not { } end)
        {
            svg.Append("Valid since issue, no expiry\">");
            svg.Append(Inv($"<rect class=\"tl-track\" x=\"0\" y=\"4\" width=\"{width}\" height=\"8\" rx=\"4\"/><rect class=\"tl-bar tl-no-expiry tl-open\" x=\"0\" y=\"4\" width=\"{width}\" height=\"8\" rx=\"4\"/></svg>"));
            return svg.ToString();
        }
        var total = Math.Max(1, end.DayNumber - issued.DayNumber);
        var used = Math.Clamp((today.DayNumber - issued.DayNumber) / (double)total, 0, 1);
        svg.Append(Inv($"{Math.Round(used * 100)}% of the validity period used\">"));
        var x = Math.Round(used * width, 1);
        svg.Append(Inv($"<rect class=\"tl-track\" x=\"0\" y=\"4\" width=\"{width}\" height=\"8\" rx=\"4\"/>"));
        if (renewalOpens is { } opens && opens > issued && opens < end)
        {
            // The renewal window, shaded from the day it opens to the expiry.
            var start = Math.Round((opens.DayNumber - issued.DayNumber) / (double)total * width, 1);
            svg.Append(Inv($"<rect class=\"tl-window\" x=\"{start}\" y=\"2\" width=\"{width - start}\" height=\"12\" rx=\"3\"><title>Renewal window</title></rect>"));
        }
        svg.Append(Inv($"<rect class=\"tl-bar tl-{status.ToSlug()}\" x=\"0\" y=\"4\" width=\"{Math.Max(2, x)}\" height=\"8\" rx=\"4\"/><line class=\"tl-today\" x1=\"{x}\" x2=\"{x}\" y1=\"0\" y2=\"16\"/></svg>"));
        return svg.ToString();
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
