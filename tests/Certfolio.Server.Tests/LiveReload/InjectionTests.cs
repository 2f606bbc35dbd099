using System.Text;
using AngleSharp.Html.Parser;
using Certfolio.Server.LiveReload;
using Certfolio.Server.Tests.Support;

namespace Certfolio.Server.Tests.LiveReload;

public sealed class InjectionTests
{
    [Fact]
    public void Puts_the_script_before_the_last_closing_body_tag_whatever_its_case()
    {
        // Given
        var page = "<html><body><p>&lt;/body&gt; in text</p></BoDy></html>"u8;

        // When
        var html = Encoding.UTF8.GetString(HtmlInjector.Inject(page, overlay: null));

        // Then
        Assert.Equal("<html><body><p>&lt;/body&gt; in text</p><script src=\"/_certfolio/livereload.js\" defer></script></BoDy></html>", html);
    }

    [Fact]
    public void Appends_the_script_to_a_page_without_a_body_tag()
    {
        var html = Encoding.UTF8.GetString(HtmlInjector.Inject("<p>fragment</p>"u8, overlay: null));

        Assert.Equal("<p>fragment</p><script src=\"/_certfolio/livereload.js\" defer></script>", html);
    }

    [Fact]
    public void Encodes_everything_a_diagnostic_carries_into_the_overlay()
    {
        // Given a diagnostic whose file name and message hold markup
        var error = Diagnostics.Error("certifications/<img src=x onerror=alert(1)>.md", "value '</aside><script>alert(2)</script>' is not a date", 4, 7);

        // When
        var html = Encoding.UTF8.GetString(HtmlInjector.Inject("<html><body></body></html>"u8, DiagnosticsOverlay.Render([error], hasSite: true)));

        // Then the markup is text, and nothing executable was added
        var document = new HtmlParser().ParseDocument(html);
        var overlay = document.GetElementById("certfolio-overlay")!;
        Assert.Contains("certifications/<img src=x onerror=alert(1)>.md:4:7", overlay.TextContent);
        Assert.Contains("</aside><script>alert(2)</script>", overlay.TextContent);
        Assert.Contains("CF9999", overlay.TextContent);
        Assert.Empty(document.QuerySelectorAll("img"));
        Assert.Single(document.QuerySelectorAll("script"));
        Assert.Equal("/_certfolio/livereload.js", document.QuerySelector("script")!.GetAttribute("src"));
    }

    [Fact]
    public void Lists_at_most_fifty_errors_and_counts_the_rest()
    {
        var errors = Enumerable.Range(1, 60).Select(i => Diagnostics.Error($"f{i}.md", "bad")).ToArray();

        var document = new HtmlParser().ParseDocument(DiagnosticsOverlay.Render(errors, hasSite: true));

        Assert.Equal(DiagnosticsOverlay.MaxListed + 1, document.QuerySelectorAll("li").Length);
        Assert.Contains("60 errors", document.QuerySelector("h2")!.TextContent);
        Assert.Contains("10 more", document.QuerySelectorAll("li").Last().TextContent);
    }
}
