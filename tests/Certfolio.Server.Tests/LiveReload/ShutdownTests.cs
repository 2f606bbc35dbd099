using System.Diagnostics;
using Certfolio.Server.Tests.Support;

namespace Certfolio.Server.Tests.LiveReload;

public sealed class ShutdownTests
{
    [Fact]
    public async Task Stopping_ends_open_event_streams_instead_of_waiting_for_them()
    {
        // Given a tab listening for reloads
        var host = await PreviewHost.StartAsync(new FakeSiteSource(Path.GetTempPath()));
        using var client = new HttpClient { BaseAddress = host.Url, Timeout = Timeout.InfiniteTimeSpan };
        using var response = await client.GetAsync("/_certfolio/livereload", HttpCompletionOption.ResponseHeadersRead);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync());
        while (await events.ReadLineAsync() is { } line && line != "event: hello")
        {
        }

        // When
        var clock = Stopwatch.StartNew();
        await host.DisposeAsync();

        // Then the stream ended and stopping did not wait for the shutdown timeout
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2.5), $"stopping took {clock.Elapsed}");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var rest = await events.ReadToEndAsync(timeout.Token);
        Assert.DoesNotContain("event:", rest);
    }
}
