using System.Text.RegularExpressions;
using Certfolio.Browser.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Certfolio.Browser.Tests;

/// <summary>
/// The example portfolio served with pages of three cards: the page navigation without a script, and the filters,
/// which fetch the search index on first use and show their results a page at a time.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PagingTests(BrowserFixture browser) : IAsyncLifetime
{
    private const int PageSize = 3;

    private readonly PagedExample _site = new();

    /// <summary>The example with <c>pageSize: 3</c> appended to its certfolio.yaml.</summary>
    public sealed class PagedExample : IAsyncLifetime
    {
        public ServedPortfolio Served { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var config = await File.ReadAllTextAsync(Path.Combine(Repository.ExamplePortfolio, "certfolio.yaml"));
            Served = await ServedPortfolio.StartAsync(new Dictionary<string, string> { ["certfolio.yaml"] = config + $"pageSize: {PageSize}\n" });
        }

        public async Task DisposeAsync()
        {
            if (Served is not null) await Served.DisposeAsync();
        }
    }

    private ServedPortfolio Served { get; set; } = null!;

    public async Task InitializeAsync()
    {
        await _site.InitializeAsync();
        Served = _site.Served;
    }

    public Task DisposeAsync() => _site.DisposeAsync();

    [Fact]
    public async Task Without_a_script_the_page_navigation_leads_through_every_credential()
    {
        // Given the paged home page in a browser with JavaScript off
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await page.GotoAsync(Served.Url.ToString());
        var seen = new HashSet<string>(StringComparer.Ordinal);

        // When every page is read and its Next link followed
        for (var number = 1; ; number++)
        {
            var nav = page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Pages", Exact = true });
            await Expect(nav.Locator("[aria-current=page]")).ToHaveTextAsync(new Regex($"\\b{number}$"));
            var slugs = await page.Locator("article.card").EvaluateAllAsync<string[]>("cards => cards.map(c => c.getAttribute('data-slug'))");
            Assert.InRange(slugs.Length, 1, PageSize);
            seen.UnionWith(slugs);
            var next = nav.Locator("a[rel=next]");
            if (await next.CountAsync() == 0) break;
            await next.ClickAsync();
            await Expect(page).ToHaveURLAsync(new Uri(Served.Url, $"page/{number + 1}/").ToString());
        }

        // Then every credential was on one of the pages
        Assert.Equal(ExampleDocuments.All.Select(d => d.Slug).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_search_index_is_fetched_on_first_use_and_finds_a_credential_of_another_page()
    {
        // Given the first page, loaded and idle, with its requests watched
        var page = await browser.NewPageAsync();
        var indexRequests = 0;
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/search.json", StringComparison.Ordinal)) Interlocked.Increment(ref indexRequests);
        };
        await page.GotoAsync(Served.Url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await Expect(page.Locator("#filters")).ToBeVisibleAsync();
        Assert.Equal(0, indexRequests);
        var onFirstPage = await page.Locator("article.card").EvaluateAllAsync<string[]>("cards => cards.map(c => c.getAttribute('data-slug'))");
        var elsewhere = ExampleDocuments.All.First(d => !onFirstPage.Contains(d.Slug));
        var words = elsewhere.Title.ToLowerInvariant();

        // When the search box is used
        await page.Locator("input[name=q]").FillAsync(words);

        // Then the index was fetched once, and the credential from another page is shown as a card linking to its page
        var current = page.Locator("#current article.card:visible");
        await Expect(current.Locator($"a[href$='/certifications/{elsewhere.Slug}/']")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-result]")).ToContainTextAsync("shown");
        await Expect(page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Pages", Exact = true })).ToBeHiddenAsync();
        await page.Locator("input[name=q]").FillAsync(words + " ");
        Assert.Equal(1, indexRequests);

        // And the card opens that credential's page
        await current.Locator($"a[href$='/certifications/{elsewhere.Slug}/']").ClickAsync();
        await Expect(page.Locator("h1").First).ToContainTextAsync(elsewhere.Title);
    }

    [Fact]
    public async Task The_index_is_on_its_way_once_the_mouse_is_over_the_filters()
    {
        // Given the first page, loaded and idle, with its requests watched
        var page = await browser.NewPageAsync();
        var index = new TaskCompletionSource();
        page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/search.json", StringComparison.Ordinal)) index.TrySetResult();
        };
        await page.GotoAsync(Served.Url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        await Expect(page.Locator("#filters")).ToBeVisibleAsync();
        Assert.False(index.Task.IsCompleted);

        // When the mouse comes over the search box, before any click or key
        await page.Locator("input[name=q]").HoverAsync();

        // Then the index is fetched
        await index.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await Expect(page.Locator("input[name=q]")).Not.ToBeFocusedAsync();
    }

    [Fact]
    public async Task Results_are_shown_a_page_at_a_time_and_clearing_the_filters_restores_the_page()
    {
        // Given the first page
        var page = await browser.NewPageAsync();
        var errors = new ConsoleErrors(page);
        await page.GotoAsync(Served.Url.ToString());
        await Expect(page.Locator("#filters")).ToBeVisibleAsync();
        var built = await page.Locator("#current article.card").EvaluateAllAsync<string[]>("cards => cards.map(c => c.getAttribute('data-slug'))");

        // When every credential is asked for, sorted A to Z
        await page.Locator("select[name=sort]").SelectOptionAsync("az");

        // Then one page of results is shown, with buttons to the next ones
        var results = page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Result pages" });
        await Expect(results).ToBeVisibleAsync();
        await Expect(page.Locator("#current article.card")).ToHaveCountAsync(PageSize);
        var first = await page.Locator("#current .card-title").AllTextContentsAsync();
        await Expect(results.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Previous" })).ToBeDisabledAsync();
        await results.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Next" }).ClickAsync();
        await Expect(results).ToContainTextAsync("Page 2 of 4");
        var second = await page.Locator("#current .card-title").AllTextContentsAsync();
        Assert.Empty(first.Intersect(second));
        var titles = first.Concat(second).Select(t => t.Trim()).ToArray();
        Assert.Equal(titles.Order(StringComparer.OrdinalIgnoreCase), titles);

        // When the sort is set back
        await page.Locator("select[name=sort]").SelectOptionAsync("newest");

        // Then the page shows its own cards and navigation again
        await Expect(results).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Pages", Exact = true })).ToBeVisibleAsync();
        Assert.Equal(built, await page.Locator("#current article.card").EvaluateAllAsync<string[]>("cards => cards.map(c => c.getAttribute('data-slug'))"));
        Assert.Empty(errors.Items);
    }

    [Fact]
    public async Task Sorted_by_expiry_the_results_run_from_the_soonest_expiry_to_those_that_never_expire()
    {
        // Given a later page, where most results are drawn from the index (its dates as day numbers)
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Served.Url, "page/2/").ToString());

        // When every credential is sorted by expiry and every page of results read
        await page.Locator("select[name=sort]").SelectOptionAsync("expiring");
        var results = page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Result pages" });
        var expiries = new List<string>();
        for (var number = 1; ; number++)
        {
            await Expect(results).ToContainTextAsync($"Page {number} of");
            expiries.AddRange(await page.Locator("#current article.card").EvaluateAllAsync<string[]>(
                "cards => cards.map(c => { const t = c.querySelectorAll('.dates time'); return t.length > 1 ? t[1].getAttribute('datetime') : ''; })"));
            var next = results.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Next" });
            if (await next.IsDisabledAsync()) break;
            await next.ClickAsync();
        }

        // Then every credential came once, the expiry dates in order, the ones without at the end
        Assert.Equal(ExampleDocuments.All.Count, expiries.Count);
        var dated = expiries.TakeWhile(e => e.Length > 0).ToArray();
        Assert.Equal(dated.Order(StringComparer.Ordinal), dated);
        Assert.All(expiries.Skip(dated.Length), e => Assert.Equal("", e));
        Assert.InRange(dated.Length, 1, expiries.Count - 1);
    }

    [Fact]
    public async Task A_result_copied_from_the_page_shows_its_logo_even_one_the_page_had_not_loaded_when_searched()
    {
        // Given the first page, with its logos held back by the network
        var page = await browser.NewPageAsync();
        var release = new TaskCompletionSource();
        await page.RouteAsync(new Regex(@"\.(png|svg|jpe?g|webp)$"), async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        await page.GotoAsync(Served.Url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        await Expect(page.Locator("#filters")).ToBeVisibleAsync();
        var first = await page.Locator("#current article.card").First.GetAttributeAsync("data-slug");
        var document = ExampleDocuments.All.Single(d => d.Slug == first);
        Assert.Equal(0, await page.Locator("#current .card-logo img").EvaluateAllAsync<int>("logos => logos.filter(l => l.complete).length"));

        // When that credential is searched for (its result a copy of the page's card), and the logos come through
        await page.Locator("input[name=q]").FillAsync(document.Title);
        await Expect(page.Locator("[data-result]")).ToContainTextAsync("shown");
        release.SetResult();

        // Then every result's logo is loaded: none is left without its address
        var logos = page.Locator("#current article.card .card-logo img");
        Assert.True(await logos.CountAsync() > 0);
        await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('#current article.card .card-logo img')].every(l => l.getAttribute('src') && l.complete && l.naturalWidth > 0)");
        Assert.Equal(0, await page.Locator("#current [data-src]").CountAsync());
    }

    [Fact]
    public async Task Every_result_card_links_to_its_credentials_page()
    {
        // Given a later page, where most results are drawn from the index (which leaves out slugs it can derive from titles)
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Served.Url, "page/2/").ToString());
        await page.Locator("select[name=sort]").SelectOptionAsync("az");
        var results = page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Result pages" });
        await Expect(results).ToBeVisibleAsync();

        // When every page of results is read
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var number = 1; ; number++)
        {
            await Expect(results).ToContainTextAsync($"Page {number} of");
            var cards = await page.Locator("#current article.card").EvaluateAllAsync<string[][]>(
                "cards => cards.map(c => [c.getAttribute('data-slug'), c.querySelector('.card-title a').getAttribute('href')])");
            foreach (var card in cards) links[card[0]] = card[1];
            var next = results.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Next" });
            if (await next.IsDisabledAsync()) break;
            await next.ClickAsync();
        }

        // Then every credential was there once, linking to its own page
        Assert.Equal(ExampleDocuments.All.Select(d => d.Slug).Order(StringComparer.Ordinal), links.Keys.Order(StringComparer.Ordinal));
        Assert.All(links, link => Assert.EndsWith($"/certifications/{link.Key}/", link.Value, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("amazon", "aws-devops-professional")] // the provider's name (Amazon Web Services), in no title or description
    [InlineData("cryptograph", "cissp")] // a skill's name
    [InlineData("amazon professional devops", "aws-devops-professional")] // the provider, the level and the title together
    [InlineData("production-grade", "cka-certified-kubernetes-administrator")] // a word of the description only
    [InlineData("az305-5f2", "azure-solutions-architect-expert")] // the start of the credential ID
    [InlineData("pricing fundamentals", "azure-fundamentals")] // a description word and a title word
    public async Task The_search_finds_a_credential_by_its_providers_and_skills_names_description_and_id(string query, string slug)
    {
        // Given a later page
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Served.Url, "page/2/").ToString());

        // When the words are searched for
        await page.Locator("input[name=q]").FillAsync(query);

        // Then the one credential they name is found
        await Expect(page.Locator("[data-result]")).ToHaveTextAsync(new Regex("^1 of \\d+ shown$"));
        await Expect(page.Locator("#current article.card")).ToHaveCountAsync(1);
        await Expect(page.Locator($"#current article.card[data-slug='{slug}']")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Typing_key_by_key_narrows_the_results_and_deleting_widens_them_again()
    {
        // Given the first page and how many credentials a search for "cer" and "certified k" find, each typed at once
        var page = await browser.NewPageAsync();
        await page.GotoAsync(Served.Url.ToString());
        var search = page.Locator("input[name=q]");
        var result = page.Locator("[data-result]");
        await search.FillAsync("cer");
        await Expect(result).ToContainTextAsync("shown");
        var wide = await result.TextContentAsync();
        await search.FillAsync("certified k");
        await Expect(result).Not.ToHaveTextAsync(wide!);
        var narrow = await result.TextContentAsync();

        // When the narrow search is typed key by key, then deleted back to "cer"
        await search.FillAsync("");
        await search.PressSequentiallyAsync("certified k");
        await Expect(result).ToHaveTextAsync(narrow!);
        for (var i = 0; i < "tified k".Length; i++) await search.PressAsync("Backspace");

        // Then each answer is the one a search typed at once gives
        await Expect(search).ToHaveValueAsync("cer");
        await Expect(result).ToHaveTextAsync(wide!);
    }

    [Theory]
    [InlineData("page/2/", ColorScheme.Light)]
    [InlineData("page/2/", ColorScheme.Dark)]
    [InlineData("?sort=az", ColorScheme.Light)]
    public async Task Axe_finds_no_serious_or_critical_violation_on_a_paged_page_or_paged_results(string path, ColorScheme scheme)
    {
        // Given a later page, or the first page showing results with their buttons
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        await page.GotoAsync(new Uri(Served.Url, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await Expect(page.Locator("#filters")).ToBeVisibleAsync();
        if (path.StartsWith('?')) await Expect(page.GetByRole(AriaRole.Navigation, new PageGetByRoleOptions { Name = "Result pages" })).ToBeVisibleAsync();

        // When axe checks it
        var result = await page.RunAxe();

        // Then
        var severe = result.Violations.Where(v => v.Impact is "serious" or "critical").ToArray();
        Assert.True(severe.Length == 0, string.Join("\n", severe.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
