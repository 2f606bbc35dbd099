using Certfolio.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Certfolio.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class HostileDocumentTests(BrowserFixture browser)
{
    private const string Hostile = """
        ---
        title: "<script>window.__pwned='title'</script>Evil <b>Cert</b>"
        date: "01.02.2025"
        provider: "Evil Corp \"><script>window.__pwned='provider'</script>"
        description: "</script><script>window.__pwned='description'</script>"
        credentialId: "<img src=x onerror=window.__pwned='id'>"
        verificationUrl: "https://example.com/verify?x=\"><script>window.__pwned='url'</script>"
        skills: ["<img src=x onerror=window.__pwned='skill'>", "Safe Skill"]
        level: "Professional"
        ---

        # <script>window.__pwned='heading'</script>

        <script>window.__pwned='body-script'</script>

        [a markdown link](javascript:window.__pwned='markdown-link')

        <javascript:window.__pwned='autolink'>

        [a reference link][evil]

        <img src="x" onerror="window.__pwned='raw-img'">

        ![kubernetes](/logos/kubernetes.svg){onerror="window.__pwned='attribute'" onload="window.__pwned='attribute-load'"}

        [styled link](https://example.com){onclick="window.__pwned='onclick'" href="javascript:window.__pwned='attr-href'"}

        <a href="javascript:window.__pwned='raw-link'">raw link</a>

        <svg onload="window.__pwned='svg'"><circle r="4"/></svg>

        <iframe src="javascript:window.__pwned='iframe'"></iframe>

        <details open ontoggle="window.__pwned='toggle'"><summary>x</summary>y</details>

        [evil]: javascript:window.__pwned='reference'
        """;

    [Fact]
    public async Task A_hostile_document_executes_nothing_on_the_home_page_or_its_own_page()
    {
        // Given a portfolio with a hostile document, and a browser that ignores the CSP (so escaping alone is tested)
        await using var served = await ServedPortfolio.StartAsync(new Dictionary<string, string> { ["certifications/evil.md"] = Hostile });
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { BypassCSP = true });
        var errors = new ConsoleErrors(page);

        foreach (var path in new[] { "", "certifications/evil/", "skills/", "providers/" })
        {
            // When
            await page.GotoAsync(new Uri(served.Url, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

            // Then nothing ran and nothing executable is in the page
            Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
            Assert.Equal(0, await page.Locator("main [onerror], main [onload], main [onclick], main [ontoggle], main iframe, main script").CountAsync());
            Assert.Equal(0, await page.Locator("a[href^='javascript:' i], [src^='javascript:' i]").CountAsync());
        }

        // And the detail page shows the hostile text as text
        await page.GotoAsync(new Uri(served.Url, "certifications/evil/").ToString());
        await Expect(page.Locator("main h1").First).ToContainTextAsync("<script>window.__pwned='title'</script>Evil <b>Cert</b>");

        // And clicking every link that stays on the page (no href, a fragment, or anything not http/mailto) runs nothing
        foreach (var link in await page.Locator("main a").AllAsync())
        {
            var href = await link.GetAttributeAsync("href");
            // (the site's own pages are relative paths, '../../skills/x/', or root paths: they leave the page)
            var leaves = href is not null && !href.StartsWith('#') && (!href.Contains(':') || href.StartsWith("http", StringComparison.OrdinalIgnoreCase) || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase));
            if (leaves) continue;
            if (await link.IsVisibleAsync()) await link.ClickAsync();
        }
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.__pwned"));
        Assert.DoesNotContain(errors.Items, e => e.StartsWith("dialog:", StringComparison.Ordinal));
    }
}
