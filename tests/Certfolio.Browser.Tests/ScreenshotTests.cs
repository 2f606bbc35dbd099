using Certfolio.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Certfolio.Browser.Tests;

/// <summary>Screenshots of home and a credential page, light and dark, phone and desktop, saved under test-artifacts/browser.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("home", "", ColorScheme.Light, 1280)]
    [InlineData("home", "", ColorScheme.Dark, 1280)]
    [InlineData("home", "", ColorScheme.Light, 390)]
    [InlineData("home", "", ColorScheme.Dark, 390)]
    [InlineData("credential", "certifications/cka-certified-kubernetes-administrator/", ColorScheme.Light, 1280)]
    [InlineData("credential", "certifications/cka-certified-kubernetes-administrator/", ColorScheme.Dark, 1280)]
    [InlineData("credential", "certifications/cka-certified-kubernetes-administrator/", ColorScheme.Light, 390)]
    [InlineData("credential", "certifications/cka-certified-kubernetes-administrator/", ColorScheme.Dark, 390)]
    public async Task Saves_a_screenshot_of_the_page(string name, string path, ColorScheme scheme, int width)
    {
        // Given
        var page = await browser.NewPageAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 900 },
            DeviceScaleFactor = width < 600 ? 2 : 1,
        });
        await page.GotoAsync(new Uri(browser.Example.Url, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (name == "home") await Expect(page.Locator("#filters")).ToBeVisibleAsync();
        // A full-page screenshot does not scroll, so lazy images below the fold would be blank: load them all first.
        await page.EvaluateAsync("""
            () => Promise.all(Array.from(document.images).map(image => {
              image.loading = "eager";
              return image.complete ? null : new Promise(done => { image.onload = image.onerror = done; });
            }))
            """);

        // When
        var file = Path.Combine(Repository.Artifacts, $"{name}-{scheme.ToString().ToLowerInvariant()}-{width}.png");
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Animations = ScreenshotAnimations.Disabled });

        // Then: a PNG, as wide as the viewport (times the scale factor), with no horizontal scrolling
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        Assert.Equal(width, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
    }
}
