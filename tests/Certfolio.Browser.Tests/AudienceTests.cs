using Certfolio.Browser.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Certfolio.Browser.Tests;

/// <summary>
/// What each audience sees in a browser: a visitor of the built site sees credentials, validity and verification and
/// nothing of the owner's to-do list; the owner's preview shows everything, marked, with the dashboard.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AudienceTests(BrowserFixture browser)
{
    private const string Marker = "Only you see this";

    private static readonly Lazy<VisitorSite> Visitor = new(VisitorSite.Build);

    [Fact]
    public async Task A_visitor_sees_current_credentials_without_to_do_counts_the_calendar_or_markers()
    {
        // When a visitor opens the built site's home page
        var (page, status) = await Visitor.Value.OpenAsync(browser, "");

        // Then it counts current credentials, not what expires, and nothing is the owner's alone
        Assert.Equal(200, status);
        await Expect(page.Locator("[data-count=current]")).ToContainTextAsync("current");
        await Expect(page.Locator("[data-count=expiring]")).ToHaveCountAsync(0);
        await Expect(page.Locator(".facts")).Not.ToContainTextAsync("expiring soon");
        await Expect(page.GetByText("Add renewals to your calendar")).ToHaveCountAsync(0);
        await Expect(page.GetByText(Marker)).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Your dashboard" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_visitor_sees_a_credentials_validity_and_verification_but_no_credits_milestones_or_add_to_profile()
    {
        // When a visitor opens the CISSP, whose policy asks for credits
        var (page, _) = await Visitor.Value.OpenAsync(browser, "certifications/cissp/");

        // Then its dates and the Verify link are there, and the owner's renewal details are not
        await Expect(page.Locator("a.verify")).ToBeVisibleAsync();
        await Expect(page.Locator(".facts-list")).ToContainTextAsync("Expires");
        await Expect(page.Locator("progress.credit-bar")).ToHaveCountAsync(0);
        await Expect(page.Locator("ol.milestones")).ToHaveCountAsync(0);
        await Expect(page.GetByText("Add to LinkedIn")).ToHaveCountAsync(0);
        await Expect(page.GetByText(Marker)).ToHaveCountAsync(0);
    }

    [Theory]
    [InlineData("calendar.ics")]
    [InlineData("owner/")]
    public async Task A_visitor_finds_no_calendar_and_no_dashboard(string path)
    {
        var (_, status) = await Visitor.Value.OpenAsync(browser, path);

        Assert.Equal(404, status);
    }

    [Fact]
    public async Task The_owner_sees_the_to_do_counts_and_the_calendar_marked_and_reaches_the_dashboard()
    {
        // Given the owner's preview of the home page
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Example.Url.ToString());

        // Then the to-do counts and the calendar link are there, each marked as unseen by visitors
        await Expect(page.Locator(".facts [data-count=expiring]")).ToBeVisibleAsync();
        await Expect(page.Locator(".facts .owner-only")).ToHaveTextAsync(Marker);
        await Expect(page.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "Add renewals to your calendar" })).ToBeVisibleAsync();
        await Expect(page.Locator("footer .owner-only")).ToBeVisibleAsync();

        // When the dashboard link is followed
        await page.GetByRole(AriaRole.Link, new() { Name = "Your dashboard" }).ClickAsync();

        // Then the dashboard lists what needs attention, the credits and add-to-profile links, marked as the owner's
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your dashboard", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("main .owner-only").First).ToHaveTextAsync(Marker);
        await Expect(page.Locator("ul.attention li").First).ToBeVisibleAsync();
        await Expect(page.Locator("table.credits-table")).ToContainTextAsync("CISSP");
        await Expect(page.Locator("ul.profile-links a.linkedin").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_owner_sees_credits_milestones_and_add_to_profile_each_marked()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(browser.Example.Url, "certifications/cissp/").ToString());

        await Expect(page.Locator("progress.credit-bar")).ToBeVisibleAsync();
        await Expect(page.Locator(".credits .owner-only")).ToHaveTextAsync(Marker);
        await Expect(page.Locator("ol.milestones")).ToBeVisibleAsync();
        await Expect(page.Locator("a.linkedin")).ToBeVisibleAsync();
        await Expect(page.Locator(".actions .owner-only")).ToHaveTextAsync(Marker);
    }

    [Theory]
    [InlineData("owner/", ColorScheme.Light)]
    [InlineData("owner/", ColorScheme.Dark)]
    [InlineData("certifications/cissp/", ColorScheme.Light)]
    public async Task Axe_finds_no_serious_or_critical_violation_in_the_owners_view(string path, ColorScheme scheme)
    {
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        await page.GotoAsync(new Uri(browser.Example.Url, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        var result = await page.RunAxe();

        var severe = result.Violations.Where(v => v.Impact is "serious" or "critical").ToArray();
        Assert.True(severe.Length == 0, string.Join("\n", severe.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }

    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_in_the_visitors_home_page()
    {
        var (page, _) = await Visitor.Value.OpenAsync(browser, "");

        var result = await page.RunAxe();

        var severe = result.Violations.Where(v => v.Impact is "serious" or "critical").ToArray();
        Assert.True(severe.Length == 0, string.Join("\n", severe.Select(v => $"{v.Impact} {v.Id}: {v.Help}")));
    }
}
