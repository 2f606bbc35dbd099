using Certfolio.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Certfolio.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LiveReloadTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_open_page_reloads_with_the_new_text_after_its_document_changes()
    {
        // Given a credential page open and listening for reloads
        await using var served = await ServedPortfolio.StartAsync();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        served.Server.LiveReload.ClientConnected += () => listening.TrySetResult();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(served.Url, "certifications/cka-certified-kubernetes-administrator/").ToString());
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await page.EvaluateAsync("() => { window.__beforeReload = true; }");

        // When the document's title is edited on disk
        var file = served.PathOf("certifications/cka-certified-kubernetes-administrator.md");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("CKA: Certified Kubernetes Administrator", "CKA: Live Reloaded Title"));

        // Then the page reloads by itself (the marker is gone) and shows the new title
        await page.WaitForFunctionAsync("() => window.__beforeReload === undefined");
        await Expect(page.Locator("h1").First).ToContainTextAsync("CKA: Live Reloaded Title");
    }

    [Fact]
    public async Task An_invalid_document_shows_the_overlay_over_the_last_good_page_until_it_is_fixed()
    {
        // Given
        await using var served = await ServedPortfolio.StartAsync();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        served.Server.LiveReload.ClientConnected += () => listening.TrySetResult();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(served.Url, "certifications/terraform-associate/").ToString());
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var file = served.PathOf("certifications/terraform-associate.md");
        var good = await File.ReadAllTextAsync(file);

        // When the date becomes invalid
        await File.WriteAllTextAsync(file, good.Replace("date: \"15.09.2025\"", "date: \"31.02.2025\""));

        // Then the overlay names the file and the last good page is still under it
        var overlay = page.Locator("#certfolio-overlay");
        await Expect(overlay).ToBeVisibleAsync();
        await Expect(overlay).ToContainTextAsync("certifications/terraform-associate.md:");
        await Expect(page.Locator("main h1").First).ToContainTextAsync("Terraform Associate");

        // When it is fixed, the overlay disappears on the automatic reload
        await File.WriteAllTextAsync(file, good);
        await Expect(overlay).ToHaveCountAsync(0);
    }
}
