using Certfolio.Core.Time;
using Certfolio.Server.Building;

namespace Certfolio.Server.Tests.Support;

/// <summary>A preview server started in process on port 0, with an HttpClient pointed at it.</summary>
public sealed class PreviewHost : IAsyncDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 26);

    private PreviewHost(PreviewServer server, Uri url, TempPortfolio? portfolio)
    {
        Server = server;
        Url = url;
        Portfolio = portfolio;
        Client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
    }

    public PreviewServer Server { get; }
    public Uri Url { get; }
    public HttpClient Client { get; }
    public TempPortfolio? Portfolio { get; }

    /// <summary>Serves a temporary copy of examples/portfolio, clock pinned to <see cref="Today"/>.</summary>
    public static async Task<PreviewHost> StartExampleAsync() => await StartAsync(TempPortfolio.CopyOfExample());

    public static async Task<PreviewHost> StartAsync(TempPortfolio portfolio, Certfolio.Site.SiteAudience audience = Certfolio.Site.SiteAudience.Owner)
    {
        var server = new PreviewServer(new PreviewOptions { Root = portfolio.Root, Port = 0, Clock = new FixedClock(Today), Audience = audience });
        return new PreviewHost(server, await server.StartAsync(), portfolio);
    }

    /// <summary>Serves a fixed fake site, without watching anything.</summary>
    public static async Task<PreviewHost> StartAsync(ISiteSource source)
    {
        var server = new PreviewServer(new PreviewOptions { Root = source.Root, Port = 0, Watch = false }, source);
        return new PreviewHost(server, await server.StartAsync(), null);
    }

    /// <summary>Completes with the next rebuild report that satisfies <paramref name="match"/> (call before causing it).</summary>
    public Task<RebuildReport> NextRebuild(Func<RebuildReport, bool>? match = null)
    {
        var done = new TaskCompletionSource<RebuildReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handler(RebuildReport report)
        {
            if (match is not null && !match(report)) return;
            Server.Site.Rebuilt -= Handler;
            done.TrySetResult(report);
        }
        Server.Site.Rebuilt += Handler;
        return done.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        Portfolio?.Dispose();
    }
}
