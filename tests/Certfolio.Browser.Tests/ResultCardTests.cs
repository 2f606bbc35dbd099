using Certfolio.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Certfolio.Browser.Tests;

/// <summary>
/// A card the search draws from the index, for a credential of another page, says what the server's card of the same
/// credential says: in the owner's view a renewal window that is open shows as "renewal open", for visitors (who do
/// not see the window) as "active".
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ResultCardTests(BrowserFixture browser)
{
    private const int PageSize = 3;

    // Azure Solutions Architect Expert: issued 2026-03-12, expires 2027-03-12; Microsoft's renewal opens 180 days
    // before, so on the served day (2026-11-26) the window is open and expiry is more than 90 days away. It is the
    // newest credential: on page 1, and drawn from the index when searched for from page 2.
    private const string Slug = "azure-solutions-architect-expert";
    private const string Title = "Azure Solutions Architect Expert";

    private static readonly Lazy<VisitorSite> Visitor = new(() => VisitorSite.Paged(PageSize));

    [Fact]
    public async Task In_the_owners_view_a_result_card_shows_an_open_renewal_window_as_the_server_card_does()
    {
        // Given the owner's preview in pages of three
        var config = await File.ReadAllTextAsync(Path.Combine(Repository.ExamplePortfolio, "certfolio.yaml"));
        await using var served = await ServedPortfolio.StartAsync(new Dictionary<string, string> { ["certfolio.yaml"] = config + $"pageSize: {PageSize}\n" });
        var page = await browser.NewPageAsync();
        await page.GotoAsync(served.Url.ToString());

        // When the credential's server card is read on page 1, and the credential searched for on page 2
        var server = await StateOf(page.Locator($"#current article.card[data-slug='{Slug}']"));
        await page.GotoAsync(new Uri(served.Url, "page/2/").ToString());
        var drawn = await Searched(page);

        // Then both say "renewal open"
        Assert.Equal(("renewal-open", "status-renewal-open", "renewal open"), server);
        Assert.Equal(server, drawn);
    }

    [Fact]
    public async Task For_a_visitor_a_result_card_shows_the_same_state_as_the_server_card()
    {
        // Given the visitor's build in pages of three
        var (page, _) = await Visitor.Value.OpenAsync(browser, "");

        // When the credential's server card is read on page 1, and the credential searched for on page 2
        var server = await StateOf(page.Locator($"#current article.card[data-slug='{Slug}']"));
        await page.GotoAsync(new Uri(VisitorSite.Origin, "page/2/").ToString());
        var drawn = await Searched(page);

        // Then both say "active": the renewal window is the owner's business
        Assert.Equal(("active", "status-active", "active"), server);
        Assert.Equal(server, drawn);
    }

    private static async Task<(string Status, string Class, string Label)> Searched(IPage page)
    {
        await Expect(page.Locator($"#current article.card[data-slug='{Slug}']")).ToHaveCountAsync(0);
        await page.Locator("input[name=q]").FillAsync(Title);
        var card = page.Locator($"#current article.card[data-slug='{Slug}']");
        await Expect(card).ToHaveCountAsync(1);
        return await StateOf(card);
    }

    /// <summary>A card's state as the page shows it: its data-status, its status class, and its badge's words.</summary>
    private static async Task<(string, string, string)> StateOf(ILocator card)
    {
        await Expect(card).ToHaveCountAsync(1);
        var status = await card.GetAttributeAsync("data-status") ?? "";
        var classes = (await card.GetAttributeAsync("class") ?? "").Split(' ');
        var label = (await card.Locator(".badges [data-status]").TextContentAsync() ?? "").Trim();
        return (status, classes.Single(c => c.StartsWith("status-", StringComparison.Ordinal)), label);
    }
}
