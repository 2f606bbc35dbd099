using Certfolio.Core.Portfolios;

namespace Certfolio.Site;

/// <summary>How one build runs. A record, so callers derive variants with <c>with</c>.</summary>
public sealed record SiteOptions
{
    /// <summary>The clock that decides today (statuses, relative dates). Pin it for reproducible output.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Overrides certfolio.yaml's baseUrl (the preview server passes its own address, or nothing).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>True: ignore certfolio.yaml's baseUrl and build a site without absolute URLs.</summary>
    public bool IgnoreConfiguredBaseUrl { get; init; }

    /// <summary>
    /// Where the build reads the portfolio's files (the training ledger, the assets folder, the files it publishes):
    /// the disk, or an in-memory portfolio in tests. Load the portfolio through the same one.
    /// </summary>
    public IFileSystem FileSystem { get; init; } = PhysicalFileSystem.Instance;

    /// <summary>Who the site is for: visitors (the default) see only what certfolio.yaml's <c>public:</c> switches on; the owner sees everything.</summary>
    public SiteAudience Audience { get; init; } = SiteAudience.Visitor;

    /// <summary>Worker threads for the render stage; defaults to every core.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Called from worker threads as pages are written: (pages done, pages planned).</summary>
    public Action<int, int>? Progress { get; init; }
}
