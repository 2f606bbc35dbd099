using Certfolio.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Certfolio.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Lists_every_credential_of_the_example_portfolio()
    {
        // Given
        var page = await browser.NewPageAsync();

        // When
        await page.GotoAsync(browser.Example.Url.ToString());

        // Then
        var titles = await page.Locator("article.card .card-title").AllTextContentsAsync();
        Assert.Equal(ExampleDocuments.All.Count, titles.Count);
        foreach (var document in ExampleDocuments.All) Assert.Contains(document.Title, titles.Select(t => t.Trim()));
    }

    [Fact]
    public async Task Filtering_by_a_skill_and_then_typing_a_search_narrow_the_grid()
    {
        // Given the home page with its filters ready
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Example.Url.ToString());
        var filters = page.Locator("#filters");
        await Expect(filters).ToBeVisibleAsync();
        var current = page.Locator("#current article.card:visible");
        var before = await current.CountAsync();

        // When a skill is chosen
        var skill = filters.Locator("select[name=skill]");
        var kubernetes = (await skill.Locator("option").AllTextContentsAsync()).First(o => o.StartsWith("Kubernetes", StringComparison.Ordinal));
        await skill.SelectOptionAsync(new SelectOptionValue { Label = kubernetes });

        // Then only cards with that skill stay visible
        await Expect(page.Locator("[data-result]")).ToContainTextAsync("shown");
        var withSkill = await current.CountAsync();
        Assert.InRange(withSkill, 1, before - 1);
        foreach (var card in await current.AllAsync()) await Expect(card.Locator(".chips")).ToContainTextAsync("Kubernetes");

        // When the skill filter is cleared and a search is typed
        await skill.SelectOptionAsync(new SelectOptionValue { Value = "" });
        await filters.Locator("input[name=q]").FillAsync("terraform");

        // Then the grid shows only the matching credential
        await Expect(current).ToHaveCountAsync(1);
        await Expect(current.First.Locator(".card-title")).ToContainTextAsync("Terraform");
        Assert.Contains("q=terraform", page.Url);
    }

    [Fact]
    public async Task On_a_phone_the_filters_wait_behind_one_button_and_the_first_card_is_in_view()
    {
        // Given the home page at a phone's width
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync(browser.Example.Url.ToString());
        var filters = page.Locator("#filters");
        await Expect(filters).ToBeVisibleAsync();

        // Then the search box shows, the selects and top-skill chips do not, and the first card follows the search
        // closely (the issue measured ~600 px of filters and chips before it)
        await Expect(filters.Locator("input[name=q]")).ToBeVisibleAsync();
        await Expect(filters.Locator("select[name=skill]")).ToBeHiddenAsync();
        await Expect(page.Locator(".top-skills")).ToBeHiddenAsync();
        var form = await filters.BoundingBoxAsync();
        var firstCard = await page.Locator("#current article.card").First.BoundingBoxAsync();
        Assert.True(firstCard!.Y - form!.Y < 160, $"the first card starts {firstCard.Y - form.Y} px below the filters' top");

        // When the Filters button is pressed
        var toggle = filters.Locator("button.filters-toggle");
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await toggle.ClickAsync();

        // Then the selects show, and the button says so
        await Expect(filters.Locator("select[name=skill]")).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
    }

    [Fact]
    public async Task At_desktop_width_the_filters_show_without_a_button()
    {
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(browser.Example.Url.ToString());

        await Expect(page.Locator("#filters select[name=skill]")).ToBeVisibleAsync();
        await Expect(page.Locator("#filters button.filters-toggle")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task A_card_opens_the_credential_page_whose_Verify_link_points_to_its_verification_url()
    {
        // Given
        var page = await browser.NewPageAsync();
        await page.GotoAsync(browser.Example.Url.ToString());
        var document = ExampleDocuments.All.First(d => d.Slug == "cka-certified-kubernetes-administrator");

        // When
        await page.Locator($"article.card[data-slug='{document.Slug}'] .card-title a").ClickAsync();

        // Then
        await Expect(page).ToHaveURLAsync(new Uri(browser.Example.Url, $"certifications/{document.Slug}/").ToString());
        await Expect(page.Locator("h1").First).ToContainTextAsync(document.Title);
        var verify = page.Locator("a.verify");
        await Expect(verify).ToBeVisibleAsync();
        Assert.Equal(document.VerificationUrl, await verify.GetAttributeAsync("href"));
    }

    [Fact]
    public async Task Home_and_every_credential_page_load_without_console_errors()
    {
        // Given
        var page = await browser.NewPageAsync();
        var errors = new ConsoleErrors(page);

        // When
        await page.GotoAsync(browser.Example.Url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await Expect(page.Locator("#filters")).ToBeVisibleAsync();
        foreach (var document in ExampleDocuments.All)
            await page.GotoAsync(new Uri(browser.Example.Url, $"certifications/{document.Slug}/").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        foreach (var path in new[] { "skills/", "providers/" })
            await page.GotoAsync(new Uri(browser.Example.Url, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        // Then
        Assert.Empty(errors.Items);
    }
}
