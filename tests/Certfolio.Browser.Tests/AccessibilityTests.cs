using Certfolio.Browser.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Certfolio.Browser.Tests;

/// <summary>
/// axe-core with every rule it runs by default, best practices included, at any impact: on every page kind, at a
/// phone's width and a desktop's, in light and dark mode; in the owner's preview and in the visitor's built site.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    private static readonly string[] OwnerPages =
    [
        "", "certifications/cka-certified-kubernetes-administrator/", "skills/", "skills/security/", "providers/",
        "providers/microsoft/", "levels/professional/", "owner/", "no-such-page/",
    ];

    private static readonly (int Width, int Height)[] Viewports = [(390, 844), (1280, 900)];

    public static TheoryData<string> OwnerCases() => new(OwnerPages);

    [Theory]
    [MemberData(nameof(OwnerCases))]
    public async Task Axe_finds_nothing_on_the_owners_preview(string path)
    {
        // Given a page of the preview
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(browser.Example.Url, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

        // When axe runs every rule at each width and colour scheme / Then nothing is found
        await AssertNoViolations(page);
    }

    [Theory]
    [InlineData("")]
    [InlineData("certifications/cissp-certified-information-systems-security-professional/")]
    public async Task Axe_finds_nothing_on_the_visitors_site(string path)
    {
        var (page, _) = await VisitorSite.Build().OpenAsync(browser, path);

        await AssertNoViolations(page);
    }

    /// <summary>One page, four looks: the viewport and the colour scheme change in place, and axe runs on each.</summary>
    private static async Task AssertNoViolations(IPage page)
    {
        var found = new List<string>();
        foreach (var (width, height) in Viewports)
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            var result = await page.RunAxe();
            found.AddRange(result.Violations.Select(v =>
                $"{width}px {scheme}: {v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
        }
        Assert.True(found.Count == 0, string.Join("\n", found));
    }
}
