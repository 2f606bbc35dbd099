using Certfolio.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Certfolio.Browser.Tests;

/// <summary>
/// The owner's preview of the example on a phone, in English and in German (whose words are longer): nothing sticks out
/// of its box, no page scrolls sideways, and the search field's hint is whole (issue 14).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserFixture browser)
{
    /// <summary>A page of each kind, the owner's dashboard included (its navigation has one link more).</summary>
    private static readonly string[] PageKinds =
    [
        "", "certifications/pmp/", "owner/", "skills/", "providers/", "providers/amazon-web-services/", "levels/", "404.html",
    ];

    private static readonly ColorScheme[] Schemes = [ColorScheme.Light, ColorScheme.Dark];

    [Theory]
    [InlineData("en", 390)]
    [InlineData("en", 320)]
    [InlineData("de", 390)]
    [InlineData("de", 320)]
    public async Task Nothing_in_a_credential_pages_facts_panel_sticks_out_of_it(string language, int width)
    {
        // Given each credential page of the example on a phone, light and dark
        var page = await PhoneAsync(width);
        var found = new List<string>();
        foreach (var (slug, _, _) in ExampleDocuments.All)
        {
            await page.GotoAsync(new Uri(Site(language).Url, $"certifications/{slug}/").ToString());
            foreach (var scheme in Schemes)
            {
                await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });

                // When every element of the facts panel (the drawing inside the validity bar aside) is measured
                var outside = await page.EvaluateAsync<string[]>("""
                    () => {
                      const panel = document.querySelector('.facts-panel'), style = getComputedStyle(panel), box = panel.getBoundingClientRect();
                      const left = box.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft) - 0.5;
                      const right = box.right - parseFloat(style.borderRightWidth) - parseFloat(style.paddingRight) + 0.5;
                      return Array.from(panel.querySelectorAll('*'))
                        .filter(e => !e.closest('svg') || e.tagName === 'svg')
                        .map(e => [e, e.getBoundingClientRect()])
                        .filter(([e, r]) => r.width > 0 && (r.left < left || r.right > right || e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible'))
                        .map(([e, r]) => `${e.tagName.toLowerCase()}.${e.className} "${e.textContent.trim().slice(0, 40)}" ${r.left.toFixed(1)}..${r.right.toFixed(1)} in ${left.toFixed(1)}..${right.toFixed(1)}`);
                    }
                    """);
                found.AddRange(outside.Select(o => $"{slug} ({scheme}): {o}"));
            }
        }

        // Then each lies within the panel's padding
        Assert.True(found.Count == 0, $"outside the facts panel at {width} px ({language}):\n" + string.Join('\n', found));
    }

    [Theory]
    [InlineData("en", 390)]
    [InlineData("en", 320)]
    [InlineData("de", 390)]
    [InlineData("de", 320)]
    public async Task No_page_scrolls_sideways_on_a_phone(string language, int width)
    {
        // Given a page of each kind on a phone
        var page = await PhoneAsync(width);
        var found = new List<string>();
        foreach (var path in PageKinds)
        {
            await page.GotoAsync(new Uri(Site(language).Url, path).ToString());

            // When its width, and the width of each table's scroll box, is measured
            var widths = await page.EvaluateAsync<int[]>("""
                () => [document.documentElement.scrollWidth,
                       Math.max(0, ...Array.from(document.querySelectorAll('.table-scroll'), t => t.scrollWidth - t.clientWidth))]
                """);

            // Then the page is as wide as the screen, and a table fits without scrolling (the dashboard's credits)
            if (widths[0] > width) found.Add($"/{path}: {widths[0]} px wide");
            if (widths[1] > 0) found.Add($"/{path}: a table {widths[1]} px wider than its box");
        }
        Assert.True(found.Count == 0, $"at {width} px ({language}):\n" + string.Join('\n', found));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public async Task At_390_px_the_search_field_shows_its_whole_hint(string language)
    {
        // Given the home page on a phone
        var page = await PhoneAsync(390);
        await page.GotoAsync(Site(language).Url.ToString());
        var search = page.Locator("#filters input[name=q]");
        await Expect(search).ToBeVisibleAsync();

        // When the hint is typed into the field
        await search.FillAsync(await search.GetAttributeAsync("placeholder") ?? "");

        // Then it fits without scrolling the field
        var widths = await search.EvaluateAsync<int[]>("i => [i.scrollWidth, i.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"the hint needs {widths[0]} px, the field has {widths[1]}");
    }

    private ServedPortfolio Site(string language) => language == "de" ? browser.German : browser.Example;

    private Task<IPage> PhoneAsync(int width) =>
        browser.NewPageAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 844 } });
}
