namespace Certfolio.Server;

/// <summary>How a preview server runs. A record, so callers derive variants with <c>with</c>.</summary>
public sealed record PreviewOptions
{
    /// <summary>The portfolio folder to build and watch.</summary>
    public required string Root { get; init; }

    /// <summary>The address to listen on: an IP address or <c>localhost</c>.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The port; 0 picks a free one (read it back from <see cref="PreviewServer.Url"/>).</summary>
    public int Port { get; init; } = 5080;

    /// <summary>Today for statuses; pin it for reproducible previews and tests.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How long the folder must be quiet before a batch of changes is rebuilt.</summary>
    public TimeSpan Debounce { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// Who the preview is for: the owner (everything, what visitors do not see marked, the dashboard) on a loopback
    /// address; <see cref="ForHost"/> gives visitors' view to any other address, where the whole network can read it.
    /// </summary>
    public Certfolio.Site.SiteAudience Audience { get; init; } = Certfolio.Site.SiteAudience.Owner;

    /// <summary>The audience a preview listening on <paramref name="host"/> may show: the owner's only on a loopback address.</summary>
    public static Certfolio.Site.SiteAudience ForHost(string host) =>
        host == "localhost" || System.Net.IPAddress.TryParse(host, out var address) && System.Net.IPAddress.IsLoopback(address)
            ? Certfolio.Site.SiteAudience.Owner
            : Certfolio.Site.SiteAudience.Visitor;

    /// <summary>False: build once and serve, without watching the folder.</summary>
    public bool Watch { get; init; } = true;
}
