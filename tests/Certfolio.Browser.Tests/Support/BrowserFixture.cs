using Microsoft.Playwright;

namespace Certfolio.Browser.Tests.Support;

/// <summary>
/// One Chromium (Debian's, launched offline) and one served copy of the example portfolio, shared by the tests that
/// only read. Tests that edit files start their own <see cref="ServedPortfolio"/>.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public ServedPortfolio Example { get; private set; } = null!;

    /// <summary>The example with <c>language: de</c>: German words, dates and numbers, and longer lines to fit.</summary>
    public ServedPortfolio German { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Browser tests need Debian's Chromium at {ChromiumPath}: apt-get install -y chromium (./test.sh installs it).");
        // Two cores shared with other test assemblies: an edit → rebuild → reload can take longer than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Args = ChromiumArgs });
        Example = await ServedPortfolio.StartAsync();
        German = await ServedPortfolio.StartAsync(new Dictionary<string, string> { ["certfolio.yaml"] = ServedPortfolio.ExampleConfig + "\nlanguage: \"de\"\n" });
    }

    /// <summary>A page in a fresh context whose clock (Date) is pinned to the served portfolio's today.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        var page = await context.NewPageAsync();
        // The site's script recomputes statuses against the browser's today; pin it like the server's.
        await page.Clock.SetFixedTimeAsync(ServedPortfolio.Today.ToDateTime(new TimeOnly(12, 0)));
        return page;
    }

    public async Task DisposeAsync()
    {
        if (German is not null) await German.DisposeAsync();
        if (Example is not null) await Example.DisposeAsync();
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
