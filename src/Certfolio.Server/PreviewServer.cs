using System.Net;
using System.Text.Json;
using Certfolio.Server.Building;
using Certfolio.Server.Http;
using Certfolio.Server.LiveReload;
using Certfolio.Server.Watching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Certfolio.Server;

/// <summary>
/// <c>certfolio serve</c> as a library: builds the portfolio in memory, serves it on Kestrel, watches the folder,
/// rebuilds what a change affects and tells open tabs to reload. Start it with <see cref="StartAsync"/>; dispose it
/// to stop (open live-reload streams are closed first, so stopping never waits on a browser).
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly PreviewOptions _options;
    private readonly ISiteSource _source;
    private readonly LiveReloadHub _hub = new();
    private WebApplication? _app;
    private FileWatcher? _watcher;
    private int _disposed;

    /// <param name="options">Where and how to serve.</param>
    /// <param name="source">What to build; the portfolio at <see cref="PreviewOptions.Root"/> when null.</param>
    public PreviewServer(PreviewOptions options, ISiteSource? source = null)
    {
        _options = options;
        _source = source ?? new PortfolioSiteSource(options.Root, options.Clock, audience: options.Audience);
        Site = new PreviewSite(_source);
        Site.Rebuilt += OnRebuilt;
    }

    /// <summary>The served state: last good snapshot, current errors, and the <see cref="PreviewSite.Rebuilt"/> event.</summary>
    public PreviewSite Site { get; }

    /// <summary>The folder watcher, once started (null with <see cref="PreviewOptions.Watch"/> off).</summary>
    public FileWatcher? Watcher => _watcher;

    /// <summary>The open live-reload connections.</summary>
    public LiveReloadHub LiveReload => _hub;

    /// <summary>The first build's report, once started.</summary>
    public RebuildReport? FirstBuild { get; private set; }

    /// <summary>The address the server listens on (with the real port when started on port 0), once started.</summary>
    public Uri? Url { get; private set; }

    /// <summary>Starts listening and watching, then builds the site; returns the bound URL (ending in '/').</summary>
    public async Task<Uri> StartAsync(CancellationToken cancellationToken = default)
    {
        if (_app is not null) throw new InvalidOperationException("The preview server is already started.");

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ContentRootPath = Site.Root });
        builder.WebHost.UseKestrelCore();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.WebHost.UseUrls(ListenUrl(_options.Host, _options.Port));
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(3));
        var app = builder.Build();
        var handler = new SiteRequestHandler(Site, _hub, new LoopbackHostCheck(_options.Host));
        app.Run(handler.HandleAsync);
        await app.StartAsync(cancellationToken);
        _app = app;

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                      ?? throw new InvalidOperationException("Kestrel reported no address.");
        Url = new Uri(address.EndsWith('/') ? address : address + "/");

        // Listen first, so a taken port fails at once rather than after a long build; tabs opened meanwhile get a
        // "building" page that reloads when the build is done. Watch before building, so no edit made during it is lost.
        if (_options.Watch) _watcher = new FileWatcher(Site.Root, () => _source.WatchedFolders, _options.Debounce, OnChangesAsync);
        FirstBuild = await Task.Run(Site.BuildAll, cancellationToken);
        return Url;
    }

    /// <summary>The URL Kestrel binds: IPv6 literals need brackets.</summary>
    public static string ListenUrl(string host, int port)
    {
        var name = IPAddress.TryParse(host, out var ip) && ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{host}]" : host;
        return $"http://{name}:{port}";
    }

    private Task OnChangesAsync(FileChangeBatch batch)
    {
        if (batch.Overflowed) Site.BuildAll();
        else Site.Update(batch.Paths, batch.FirstEventTimestamp);
        return Task.CompletedTask;
    }

    private void OnRebuilt(RebuildReport report)
    {
        if (!report.Changed) return;
        var data = JsonSerializer.Serialize(new ReloadMessage(report.Generation, report.Succeeded, report.ChangedPaths.Take(100).ToArray()), ReloadMessageJson.Default.ReloadMessage);
        _hub.Broadcast("reload", data);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        if (_watcher is not null) await _watcher.DisposeAsync();
        _hub.Complete();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
