using System.Globalization;
using Certfolio.Browser.Tests.Support;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace Certfolio.Browser.Tests;

/// <summary>The page script writes the numbers it recounts as the German build wrote them: 1.005, not 1005.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GermanNumberTests(BrowserFixture browser)
{
    private const int Generated = 1000;

    [Fact]
    public async Task The_script_writes_its_counts_with_the_languages_group_separator()
    {
        // Given the German example with a thousand more active credentials
        var files = new Dictionary<string, string>
        {
            ["certfolio.yaml"] = ServedPortfolio.ExampleConfig + "\nlanguage: \"de\"\n",
        };
        for (var i = 0; i < Generated; i++)
        {
            files[$"certifications/generated-{i:D4}.md"] = string.Create(CultureInfo.InvariantCulture,
                $"---\ntitle: \"Generated {i:D4}\"\ndate: \"01.01.2025\"\nexpiryDate: \"01.01.2030\"\nprovider: \"Acme\"\n---\n");
        }
        await using var site = await ServedPortfolio.StartAsync(files);
        var total = Generated + ExampleDocuments.All.Count;

        // When the home page is open (its counts are the build's: the page holds only the first of its pages)
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Url.ToString());

        // Then the active count is written with a dot every three digits
        await Expect(page.Locator("[data-count=active]")).ToHaveTextAsync(new Regex(@"^1\.0\d\d gültig$"));

        // When the search finds the thousand
        var filters = page.Locator("#filters");
        await Expect(filters).ToBeVisibleAsync();
        await filters.Locator("input[name=q]").FillAsync("Generated");

        // Then the result line and the heading's count are written the same way
        await Expect(page.Locator("[data-result]")).ToHaveTextAsync($"1.000 von {total / 1000}.{total % 1000:D3} angezeigt");
        await Expect(page.Locator("#current-title .count")).ToHaveTextAsync("1.000");
    }
}
