using Certfolio.Browser.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Certfolio.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("", ColorScheme.Light)]
    [InlineData("", ColorScheme.Dark)]
    [InlineData("certifications/cka-certified-kubernetes-administrator/", ColorScheme.Light)]
    [InlineData("certifications/cka-certified-kubernetes-administrator/", ColorScheme.Dark)]
    [InlineData("skills/", ColorScheme.Light)]
    public async Task Axe_finds_no_serious_or_critical_violation(string path, ColorScheme scheme) => await AssertNoSevereViolations(path, scheme);

    private async Task AssertNoSevereViolations(string path, ColorScheme scheme)
    {
        // Given
        var page = await browser.NewPageAsync(new BrowserNewContextOptions { ColorScheme = scheme });
        await page.GotoAsync(new Uri(browser.Example.Url, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        // When
        var result = await page.RunAxe();

        // Then
        var severe = result.Violations.Where(v => v.Impact is "serious" or "critical").ToArray();
        Assert.True(severe.Length == 0, string.Join("\n", severe.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
