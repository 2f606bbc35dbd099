using System.Text;
using System.Text.Encodings.Web;
using Certfolio.Core.Diagnostics;

namespace Certfolio.Server.LiveReload;

/// <summary>
/// The banner shown over every page while the portfolio has errors. Everything in it comes from documents
/// (file names, messages quoting values), so every piece is HTML-encoded.
/// </summary>
public static class DiagnosticsOverlay
{
    /// <summary>How many diagnostics the overlay lists before it summarises the rest.</summary>
    public const int MaxListed = 50;

    public static string Render(IReadOnlyList<Diagnostic> errors, bool hasSite)
    {
        var html = HtmlEncoder.Default;
        var text = new StringBuilder();
        text.Append("<aside id=\"certfolio-overlay\" role=\"alert\" aria-labelledby=\"certfolio-overlay-title\">");
        text.Append("<h2 id=\"certfolio-overlay-title\">")
            .Append(errors.Count == 1 ? "1 error" : $"{errors.Count} errors")
            .Append(" in the portfolio</h2>");
        text.Append("<p>")
            .Append(hasSite ? "The last good build is shown. Fix the files and the page reloads." : "No build has succeeded yet. Fix the files and the page reloads.")
            .Append("</p><ol>");
        foreach (var diagnostic in errors.Take(MaxListed))
        {
            var location = diagnostic.Location;
            text.Append("<li><span class=\"location\">")
                .Append(html.Encode(location.Describe(location.FilePath)))
                .Append("</span> <span class=\"code\">")
                .Append(html.Encode(diagnostic.Id))
                .Append("</span> ")
                .Append(html.Encode(diagnostic.Message))
                .Append("</li>");
        }
        if (errors.Count > MaxListed) text.Append("<li>… and ").Append(errors.Count - MaxListed).Append(" more (run certfolio check)</li>");
        text.Append("</ol><button type=\"button\" aria-label=\"Hide the error list\">Hide</button></aside>");
        return text.ToString();
    }
}
