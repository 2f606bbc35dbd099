using Certfolio.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Certfolio.Browser.Tests;

/// <summary>
/// Screenshots of home and a credential page, light and dark, phone and desktop, in English and German, saved under
/// test-artifacts/browser (docs/screenshots holds the README's copies).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser)
{
    private const string Cka = "certifications/cka-certified-kubernetes-administrator/";

    [Theory]
    [InlineData("home", "", ColorScheme.Light, 1280, "en")]
    [InlineData("home", "", ColorScheme.Dark, 1280, "en")]
    [InlineData("home", "", ColorScheme.Light, 390, "en")]
    [InlineData("home", "", ColorScheme.Dark, 390, "en")]
    [InlineData("credential", Cka, ColorScheme.Light, 1280, "en")]
    [InlineData("credential", Cka, ColorScheme.Dark, 1280, "en")]
    [InlineData("credential", Cka, ColorScheme.Light, 390, "en")]
    [InlineData("credential", Cka, ColorScheme.Dark, 390, "en")]
    [InlineData("home", "", ColorScheme.Light, 390, "de")]
    [InlineData("credential", "certifications/pmp/", ColorScheme.Light, 390, "de")]
    public async Task Saves_a_screenshot_of_the_page(string name, string path, ColorScheme scheme, int width, string language)
    {
        // Given
        var page = await browser.NewPageAsync(new BrowserNewContextOptions
        {
            ColorScheme = scheme,
            ViewportSize = new ViewportSize { Width = width, Height = width < 600 ? 844 : 900 },
            DeviceScaleFactor = width < 600 ? 2 : 1,
        });
        var site = language == "de" ? browser.German : browser.Example;
        await page.GotoAsync(new Uri(site.Url, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        if (name == "home") await Expect(page.Locator("#filters")).ToBeVisibleAsync();
        // A full-page screenshot neither scrolls nor grows the screen, so what waits to be seen would stay blank in it:
        // lazy images are loaded, and the cards the page paints only on screen (content-visibility: auto) are painted.
        await page.EvaluateAsync("""
            async () => {
              for (const element of document.querySelectorAll('body *'))
                if (getComputedStyle(element).contentVisibility === 'auto') element.style.contentVisibility = 'visible';
              await Promise.all(Array.from(document.images).map(image => {
                image.loading = 'eager';
                return image.complete ? null : new Promise(done => { image.onload = image.onerror = done; });
              }));
              await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
            }
            """);

        // When
        var suffix = language == "en" ? "" : "-" + language;
        var file = Path.Combine(Repository.Artifacts, $"{name}{suffix}-{scheme.ToString().ToLowerInvariant()}-{width}.png");
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Animations = ScreenshotAnimations.Disabled });

        // Then: a PNG, as wide as the viewport (times the scale factor), with no horizontal scrolling
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        Assert.Equal(width, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"));
    }
}
