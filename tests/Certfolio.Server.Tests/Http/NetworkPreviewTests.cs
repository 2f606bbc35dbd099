using System.Net;
using Certfolio.Server.Tests.Support;
using Certfolio.Site;

namespace Certfolio.Server.Tests.Http;

/// <summary>A preview other machines can reach shows what visitors see: the owner's to-do list stays on loopback.</summary>
public sealed class NetworkPreviewTests
{
    [Theory]
    [InlineData("127.0.0.1", SiteAudience.Owner)]
    [InlineData("::1", SiteAudience.Owner)]
    [InlineData("localhost", SiteAudience.Owner)]
    [InlineData("0.0.0.0", SiteAudience.Visitor)]
    [InlineData("192.168.1.20", SiteAudience.Visitor)]
    [InlineData("::", SiteAudience.Visitor)]
    public void Only_a_loopback_address_gets_the_owners_view(string host, SiteAudience audience) =>
        Assert.Equal(audience, PreviewOptions.ForHost(host));

    [Fact]
    public async Task A_visitors_preview_serves_no_dashboard_calendar_or_credits()
    {
        // Given the example portfolio previewed for visitors (as on a network address)
        await using var host = await PreviewHost.StartAsync(TempPortfolio.CopyOfExample(), SiteAudience.Visitor);

        // When the owner's pages are requested
        using var dashboard = await host.Client.GetAsync("/owner/");
        using var calendar = await host.Client.GetAsync("/calendar.ics");
        var page = await host.Client.GetStringAsync("/certifications/cissp/");

        // Then none of them is there
        Assert.Equal(HttpStatusCode.NotFound, dashboard.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, calendar.StatusCode);
        Assert.DoesNotContain("class=\"credit-bar\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Only you see this", page, StringComparison.Ordinal);
    }
}
