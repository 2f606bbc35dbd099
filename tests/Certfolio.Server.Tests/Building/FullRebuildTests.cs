using System.Net;
using Certfolio.Server.Tests.Support;

namespace Certfolio.Server.Tests.Building;

public sealed class FullRebuildTests : IAsyncLifetime
{
    private PreviewHost _host = null!;

    public async Task InitializeAsync() => _host = await PreviewHost.StartExampleAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Rebuilds_everything_when_certfolio_yaml_changes()
    {
        // Given
        var rebuilt = _host.NextRebuild();

        // When
        _host.Portfolio!.Write("certfolio.yaml", _host.Portfolio.Read("certfolio.yaml").Replace("name: \"Alex Morgan\"", "name: \"Sam Rivera\""));
        var report = await rebuilt;

        // Then
        Assert.True(report.Succeeded);
        Assert.False(report.Incremental);
        Assert.Contains("Sam Rivera", await _host.Client.GetStringAsync("/"));
        Assert.Contains("Sam Rivera", await _host.Client.GetStringAsync("/certifications/rhcsa/"));
    }

    [Fact]
    public async Task Serves_a_theme_override_as_soon_as_it_is_saved()
    {
        // Given
        var rebuilt = _host.NextRebuild(r => r.ChangedPaths.Contains("assets/site.css"));

        // When
        _host.Portfolio!.Write("theme/assets/site.css", "body { background: rebeccapurple; }");
        var report = await rebuilt;

        // Then
        Assert.True(report.Succeeded);
        Assert.Contains("rebeccapurple", await _host.Client.GetStringAsync("/assets/site.css"));
    }

    [Fact]
    public async Task Serves_a_changed_asset_with_a_new_ETag()
    {
        // Given
        using var before = await _host.Client.GetAsync("/logos/terraform.svg");
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var rebuilt = _host.NextRebuild(r => r.ChangedPaths.Contains("logos/terraform.svg"));

        // When
        _host.Portfolio!.Write("public/logos/terraform.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><title>new</title></svg>");
        await rebuilt;

        // Then
        using var request = new HttpRequestMessage(HttpMethod.Get, "/logos/terraform.svg");
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await _host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains("<title>new</title>", await after.Content.ReadAsStringAsync());
    }
}
