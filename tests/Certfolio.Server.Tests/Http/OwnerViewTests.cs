using System.Net;
using Certfolio.Server.Tests.Support;

namespace Certfolio.Server.Tests.Http;

/// <summary>The preview is the owner's view: everything, what visitors will not see marked, and the dashboard.</summary>
public sealed class OwnerViewTests : IAsyncLifetime
{
    private PreviewHost _host = null!;

    public async Task InitializeAsync() => _host = await PreviewHost.StartExampleAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Serves_the_owners_dashboard_marked_as_seen_by_the_owner_alone()
    {
        // When the dashboard is requested from the preview of the example portfolio
        using var response = await _host.Client.GetAsync("/owner/");
        var html = await response.Content.ReadAsStringAsync();

        // Then it is there, with what needs attention, credits, the calendar and add-to-profile links, and the marker
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1 id=\"dashboard-title\">Your dashboard</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Only you see this", html, StringComparison.Ordinal);
        Assert.Contains("class=\"attention\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"credits-table\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../calendar.ics\"", html, StringComparison.Ordinal);
        Assert.Contains("Add to LinkedIn", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shows_credits_milestones_and_the_calendar_that_a_visitor_build_leaves_out()
    {
        // When a credential page with a credit policy and the calendar are requested
        var page = await _host.Client.GetStringAsync("/certifications/cissp/");
        using var calendar = await _host.Client.GetAsync("/calendar.ics");

        // Then the page has its credit progress and milestones, marked, and the calendar is served
        Assert.Contains("class=\"credit-bar\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"milestones\"", page, StringComparison.Ordinal);
        Assert.Contains("class=\"owner-only\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"../../owner/\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, calendar.StatusCode);
        Assert.StartsWith("BEGIN:VCALENDAR", await calendar.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
