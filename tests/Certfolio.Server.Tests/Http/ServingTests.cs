using System.Net;
using System.Net.Http.Headers;
using Certfolio.Server.Tests.Support;

namespace Certfolio.Server.Tests.Http;

public sealed class ServingTests : IAsyncLifetime
{
    private readonly FakeSiteSource _source = new(Path.GetTempPath());
    private PreviewHost _host = null!;

    public async Task InitializeAsync() => _host = await PreviewHost.StartAsync(_source);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/", "text/html; charset=utf-8")]
    [InlineData("/assets/site.css", "text/css; charset=utf-8")]
    [InlineData("/assets/site.js", "text/javascript; charset=utf-8")]
    [InlineData("/search.json", "application/json; charset=utf-8")]
    [InlineData("/feed.xml", "text/xml; charset=utf-8")]
    [InlineData("/logos/cka.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("/logos/aws.png", "image/png")]
    [InlineData("/robots.txt", "text/plain; charset=utf-8")]
    public async Task Serves_each_file_with_the_content_type_of_its_extension(string path, string contentType)
    {
        // When
        using var response = await _host.Client.GetAsync(path);

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task Answers_a_matching_If_None_Match_with_304_and_no_body()
    {
        // Given
        using var first = await _host.Client.GetAsync("/assets/site.css");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);

        // When
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/site.css");
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await _host.Client.SendAsync(request);

        // Then
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Answers_a_stale_If_None_Match_with_the_file()
    {
        // Given
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/site.css");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"stale\""));

        // When
        using var response = await _host.Client.SendAsync(request);

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("body { color: black; }", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Gives_an_HTML_page_a_new_ETag_when_the_overlay_appears()
    {
        // Given
        using var before = await _host.Client.GetAsync("/");
        _source.Errors.Add(Diagnostics.Error("certifications/x.md", "broken"));

        // When
        _host.Server.Site.Update(["x.md"]);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await _host.Client.SendAsync(request);

        // Then
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task Keeps_an_unchanged_page_s_ETag_when_another_page_is_rebuilt()
    {
        // Given
        using var before = await _host.Client.GetAsync("/");
        _source.Files["certifications/cka/index.html"] = "<html><body><h1>CKA v2</h1></body></html>";

        // When
        var report = _host.Server.Site.Update(["cka.md"]);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await _host.Client.SendAsync(request);

        // Then
        Assert.Equal(["certifications/cka/index.html"], report.ChangedPaths);
        Assert.Equal(HttpStatusCode.NotModified, after.StatusCode);
    }

    [Fact]
    public async Task Serves_a_folder_path_from_its_index_html_with_the_live_reload_script()
    {
        // When
        var html = await _host.Client.GetStringAsync("/certifications/cka/");

        // Then
        Assert.Contains("<h1>CKA</h1>", html);
        Assert.Contains("<script src=\"/_certfolio/livereload.js\" defer></script></BODY>", html);
    }

    [Fact]
    public async Task Redirects_a_folder_path_without_its_slash()
    {
        // Given
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _host.Url };

        // When
        using var response = await client.GetAsync("/certifications/cka?x=1");

        // Then
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/certifications/cka/?x=1", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/certifications/")]
    [InlineData("/logos/")]
    [InlineData("/no-such-page/")]
    [InlineData("/no-such-file.png")]
    public async Task Answers_a_missing_file_or_a_folder_without_index_with_the_theme_404_page(string path)
    {
        // When
        using var response = await _host.Client.GetAsync(path);

        // Then
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Theme 404</h1>", html);
        Assert.DoesNotContain("cka.svg", html);
    }

    [Fact]
    public async Task Answers_HEAD_with_headers_only()
    {
        // When
        using var response = await _host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/assets/site.js"));

        // Then
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(18, response.Content.Headers.ContentLength);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Refuses_methods_that_would_change_anything()
    {
        // When
        using var response = await _host.Client.PostAsync("/", new StringContent("x"));

        // Then
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Serves_the_live_reload_script_and_overlay_stylesheet()
    {
        // When
        using var script = await _host.Client.GetAsync("/_certfolio/livereload.js");
        using var style = await _host.Client.GetAsync("/_certfolio/overlay.css");

        // Then
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType?.ToString());
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync());
        Assert.Equal("text/css; charset=utf-8", style.Content.Headers.ContentType?.ToString());
    }
}
