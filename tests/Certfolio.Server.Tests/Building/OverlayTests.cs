using System.Net;
using AngleSharp.Html.Parser;
using Certfolio.Server.Tests.Support;

namespace Certfolio.Server.Tests.Building;

public sealed class OverlayTests : IAsyncLifetime
{
    private const string Document = "certifications/terraform-associate.md";
    private const string Page = "/certifications/terraform-associate/";
    private PreviewHost _host = null!;

    public async Task InitializeAsync() => _host = await PreviewHost.StartExampleAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Keeps_serving_the_last_good_page_with_an_overlay_while_a_document_is_invalid()
    {
        // Given an invalid date whose message quotes markup from the document
        var good = _host.Portfolio!.Read(Document);
        var failed = _host.NextRebuild(r => !r.Succeeded);
        _host.Portfolio.Write(Document, good.Replace("date: \"15.09.2025\"", "date: \"<img src=x onerror=alert(1)>\""));

        // When
        var report = await failed;
        var html = await _host.Client.GetStringAsync(Page);

        // Then the last good page is still there, under an overlay naming file:line:col and the code
        Assert.NotEmpty(report.Errors);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Contains("Terraform Associate", document.QuerySelector("h1")!.TextContent);
        var overlay = document.GetElementById("certfolio-overlay");
        Assert.NotNull(overlay);
        var error = report.Errors.First();
        Assert.Contains($"{error.Location.FilePath}:{error.Location.Line}:{error.Location.Column}", overlay.TextContent);
        Assert.Contains(error.Id, overlay.TextContent);
        Assert.Empty(overlay.QuerySelectorAll("img"));
        Assert.Empty(document.QuerySelectorAll("img[onerror]"));

        // And when the document is fixed, the overlay is gone
        var fixedUp = _host.NextRebuild(r => r.Succeeded);
        _host.Portfolio.Write(Document, good.Replace("(003)", "(004)"));
        await fixedUp;
        var after = new HtmlParser().ParseDocument(await _host.Client.GetStringAsync(Page));
        Assert.Null(after.GetElementById("certfolio-overlay"));
        Assert.Contains("(004)", after.QuerySelector("h1")!.TextContent + after.Title);
    }

    [Fact]
    public async Task Shows_the_overlay_on_the_404_page_too()
    {
        // Given
        var failed = _host.NextRebuild(r => !r.Succeeded);
        _host.Portfolio!.Write("certifications/broken.md", "---\ntitle: [unclosed\n---\n");
        await failed;

        // When
        using var response = await _host.Client.GetAsync("/nowhere/");

        // Then
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.NotNull(document.GetElementById("certfolio-overlay"));
        Assert.Contains("certifications/broken.md", document.GetElementById("certfolio-overlay")!.TextContent);
    }
}
