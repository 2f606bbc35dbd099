using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Certfolio.Cli.Tests.Published;

[Collection(PublishedCollection.Name)]
public sealed class PublishedServeTests(PublishedCli cli)
{
    private const string Title = "AWS Certified DevOps Engineer - Professional";
    private const string EditedTitle = "AWS DevOps Engineer Professional, edited while served";
    private static readonly TimeSpan RebuildWithin = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task The_published_preview_serves_the_site_and_shows_an_edit_within_seconds()
    {
        // Given the published CLI (published by the collection's fixture) serving a copy of the example portfolio on a free port
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio");
        using var served = await ServedCli.StartAsync(cli, twins.Published, "portfolio", "--today", "2026-11-26");
        using var client = new HttpClient { BaseAddress = served.Url, Timeout = TimeSpan.FromSeconds(30) };

        // When the home page is fetched
        // Then it is served with the credential's title and the live-reload script
        using (var home = await client.GetAsync("/"))
        {
            var html = await home.Content.ReadAsStringAsync();
            Assert.True(home.StatusCode == HttpStatusCode.OK, $"{home.StatusCode}\n{served.Output}");
            Assert.Contains(Title, html, StringComparison.Ordinal);
            Assert.Contains("/_certfolio/livereload.js", html, StringComparison.Ordinal);
        }
        const string page = "certifications/aws-devops-professional/";
        Assert.Contains(Title, await client.GetStringAsync(page), StringComparison.Ordinal);

        // When a tab listens for reloads and the document's title is edited in the served folder
        using var events = await ReloadEvents.OpenAsync(client);
        var document = Path.Combine(twins.Published, "portfolio", "certifications", "aws-devops-professional.md");
        File.WriteAllText(document, File.ReadAllText(document).Replace($"title: \"{Title}\"", $"title: \"{EditedTitle}\"", StringComparison.Ordinal));

        // Then the tab is told to reload with the page among the changed paths, and the page shows the new title within seconds
        using var deadline = new CancellationTokenSource(RebuildWithin);
        using var reload = await events.NextReloadAsync(deadline.Token);
        Assert.True(reload.RootElement.GetProperty("succeeded").GetBoolean(), served.Output);
        Assert.Contains(reload.RootElement.GetProperty("paths").EnumerateArray(), p => p.GetString()!.Contains("aws-devops-professional", StringComparison.Ordinal));
        var clock = Stopwatch.StartNew();
        string html2;
        while (!(html2 = await client.GetStringAsync(page)).Contains(EditedTitle, StringComparison.Ordinal) && clock.Elapsed < RebuildWithin)
            await Task.Delay(200);
        Assert.True(html2.Contains(EditedTitle, StringComparison.Ordinal), $"the edit was not served within {RebuildWithin}\n{served.Output}");
        Assert.Contains($"<title>{EditedTitle} · ", html2, StringComparison.Ordinal);

        // And SIGTERM stops the server cleanly
        var exitCode = await served.StopAsync(TimeSpan.FromSeconds(15));
        Assert.True(exitCode == ExitCodes.Success, $"exit code {exitCode}\n{served.Output}");
        Assert.Contains("Stopping.", served.Output, StringComparison.Ordinal);
    }

    /// <summary>One tab's live-reload stream (server-sent events).</summary>
    private sealed class ReloadEvents(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        public static async Task<ReloadEvents> OpenAsync(HttpClient client)
        {
            var response = await client.GetAsync("/_certfolio/livereload", HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            var events = new ReloadEvents(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
            // The hello event says the stream is registered, so no reload can be missed.
            while (await events.Reader.ReadLineAsync() is { } line && line != "event: hello")
            {
            }
            return events;
        }

        private StreamReader Reader => reader;

        /// <summary>The data of the next <c>reload</c> event.</summary>
        public async Task<JsonDocument> NextReloadAsync(CancellationToken cancellationToken)
        {
            while (await reader.ReadLineAsync(cancellationToken) is { } line)
            {
                if (line != "event: reload") continue;
                var data = await reader.ReadLineAsync(cancellationToken);
                Assert.NotNull(data);
                Assert.StartsWith("data: ", data, StringComparison.Ordinal);
                return JsonDocument.Parse(data["data: ".Length..]);
            }
            throw new InvalidOperationException("the live-reload stream ended before a reload");
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }
}
