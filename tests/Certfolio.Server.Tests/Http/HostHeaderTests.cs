using System.Net;
using Certfolio.Server.Http;
using Certfolio.Server.LiveReload;
using Certfolio.Server.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace Certfolio.Server.Tests.Http;

/// <summary>DNS-rebinding protection: a preview on loopback answers only requests addressed to loopback names.</summary>
public sealed class HostHeaderTests : IAsyncLifetime
{
    private readonly FakeSiteSource _source = new(Path.GetTempPath());
    private PreviewHost _host = null!;

    public async Task InitializeAsync() => _host = await PreviewHost.StartAsync(_source);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private int Port => _host.Url.Port;

    [Theory]
    [InlineData("localhost")]
    [InlineData("LOCALHOST")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    public async Task Answers_requests_for_a_loopback_name_on_its_port(string name)
    {
        using var response = await GetAsync("/", $"{name}:{Port}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    [InlineData("localhost.evil.example:{port}")]
    [InlineData("localhost:{other}")]
    [InlineData("localhost")]
    [InlineData("192.168.1.10:{port}")]
    public async Task Refuses_a_request_for_any_other_name_or_port_with_421_and_a_short_text(string host)
    {
        // Given a Host header a rebinding page would send
        var header = host.Replace("{port}", Port.ToString()).Replace("{other}", (Port == 65535 ? 1 : Port + 1).ToString());

        // When the home page and the live-reload stream are asked for
        using var page = await GetAsync("/", header);
        using var events = await GetAsync(ClientAssets.EventsPath, header);

        // Then neither is served
        Assert.Equal(HttpStatusCode.MisdirectedRequest, page.StatusCode);
        Assert.Equal("text/plain; charset=utf-8", page.Content.Headers.ContentType?.ToString());
        Assert.Equal(LoopbackHostCheck.RefusalText, await page.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Home", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MisdirectedRequest, events.StatusCode);
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("192.168.1.10")]
    [InlineData("::")]
    public void A_preview_opened_to_the_network_answers_any_name(string bound)
    {
        var request = new DefaultHttpContext().Request;
        request.Host = new HostString("my-laptop.lan", 5080);

        Assert.True(new LoopbackHostCheck(bound).Allows(request, 5080));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    [InlineData("::1")]
    public void A_preview_on_loopback_refuses_other_names(string bound)
    {
        var request = new DefaultHttpContext().Request;
        request.Host = new HostString("attacker.example", 5080);

        Assert.False(new LoopbackHostCheck(bound).Allows(request, 5080));
    }

    [Fact]
    public void A_host_without_a_port_means_port_80()
    {
        Assert.True(LoopbackHostCheck.Allows(new HostString("localhost"), 80));
        Assert.False(LoopbackHostCheck.Allows(new HostString("localhost"), 5080));
        Assert.False(LoopbackHostCheck.Allows(new HostString(""), 80));
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return await _host.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}
