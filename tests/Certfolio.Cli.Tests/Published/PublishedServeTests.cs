using System.Diagnostics;
using System.Net;

namespace Certfolio.Cli.Tests.Published;

[Collection(PublishedCollection.Name)]
public sealed class PublishedServeTests(PublishedCli cli)
{
    private const string Title = "AWS Certified DevOps Engineer - Professional";
    private const string EditedTitle = "AWS DevOps Engineer Professional, edited while served";
    private const string Page = "certifications/aws-devops-professional/";
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task The_published_preview_serves_the_site_and_shows_an_edit_within_seconds()
    {
        // Given the published binary serving a copy of the example portfolio on a free port
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio");
        using var served = await ServedCli.StartAsync(cli, twins.Published, "portfolio", "--today", "2026-11-26");
        using var client = new HttpClient { BaseAddress = served.Url, Timeout = TimeSpan.FromSeconds(30) };

        // When the home page is fetched
        using (var home = await client.GetAsync(""))
        {
            // Then it is served with the credential's title and the live-reload script
            var html = await home.Content.ReadAsStringAsync();
            Assert.True(home.StatusCode == HttpStatusCode.OK, $"{home.StatusCode}\n{served.Output}");
            Assert.Contains(Title, html, StringComparison.Ordinal);
            Assert.Contains("/_certfolio/livereload.js", html, StringComparison.Ordinal);
        }
        Assert.Contains($"<title>{Title} · ", await client.GetStringAsync(Page), StringComparison.Ordinal);

        // When a tab listens for reloads and the document's title is edited in the served folder
        using var events = await ReloadEvents.OpenAsync(client);
        var document = Path.Combine(twins.Published, "portfolio", "certifications", "aws-devops-professional.md");
        File.WriteAllText(document, File.ReadAllText(document).Replace($"title: \"{Title}\"", $"title: \"{EditedTitle}\"", StringComparison.Ordinal));

        // Then the tab is told to reload with the page among the changed paths, and the page shows the new title within seconds
        using var reload = await events.NextReloadAsync(Within);
        Assert.True(reload.RootElement.GetProperty("succeeded").GetBoolean(), served.Output);
        Assert.Contains(reload.RootElement.GetProperty("paths").EnumerateArray(), p => p.GetString()!.Contains("aws-devops-professional", StringComparison.Ordinal));
        var html2 = await PollAsync(client, Page, html => html.Contains(EditedTitle, StringComparison.Ordinal));
        Assert.True(html2.Contains($"<title>{EditedTitle} · ", StringComparison.Ordinal), $"the edit was not served within {Within}\n{served.Output}");

        // And SIGTERM stops the server cleanly
        var exitCode = await served.StopAsync(Within);
        Assert.True(exitCode == ExitCodes.Success, $"exit code {exitCode}\n{served.Output}");
        Assert.Contains("Stopping.", served.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_published_preview_overlays_an_error_on_the_last_good_site_until_it_is_fixed()
    {
        // Given the published preview of the example portfolio and a tab listening for reloads
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio");
        using var served = await ServedCli.StartAsync(cli, twins.Published, "portfolio", "--today", "2026-11-26");
        using var client = new HttpClient { BaseAddress = served.Url, Timeout = TimeSpan.FromSeconds(30) };
        using var events = await ReloadEvents.OpenAsync(client);
        var document = Path.Combine(twins.Published, "portfolio", "certifications", "aws-devops-professional.md");
        var original = File.ReadAllText(document);

        // When the document's expiry is moved before its issue date
        File.WriteAllText(document, original.Replace("expiryDate: \"15.08.2027\"", "expiryDate: \"15.08.2020\"", StringComparison.Ordinal));

        // Then the tab hears of a failed rebuild, the last good page is served under an overlay naming the file, line and rule, and serve prints the error
        using (var failed = await events.NextReloadAsync(Within))
            Assert.False(failed.RootElement.GetProperty("succeeded").GetBoolean(), served.Output);
        var broken = await PollAsync(client, Page, html => html.Contains("certfolio-overlay", StringComparison.Ordinal));
        Assert.Contains("certifications/aws-devops-professional.md:7:13", broken, StringComparison.Ordinal);
        Assert.Contains("CF0104", broken, StringComparison.Ordinal);
        Assert.Contains($"<title>{Title} · ", broken, StringComparison.Ordinal);
        Assert.Contains("still serving the last good build", served.Output, StringComparison.Ordinal);

        // When it is fixed again
        File.WriteAllText(document, original);

        // Then the next rebuild succeeds and the overlay is gone
        using (var fixedAgain = await events.NextReloadAsync(Within))
            Assert.True(fixedAgain.RootElement.GetProperty("succeeded").GetBoolean(), served.Output);
        var clean = await PollAsync(client, Page, html => !html.Contains("certfolio-overlay", StringComparison.Ordinal));
        Assert.DoesNotContain("certfolio-overlay", clean, StringComparison.Ordinal);
    }

    /// <summary>Fetches <paramref name="path"/> until <paramref name="done"/> holds or <see cref="Within"/> passed; returns the last page.</summary>
    private static async Task<string> PollAsync(HttpClient client, string path, Func<string, bool> done)
    {
        var clock = Stopwatch.StartNew();
        string html;
        while (!done(html = await client.GetStringAsync(path)) && clock.Elapsed < Within)
            await Task.Delay(200);
        return html;
    }
}
