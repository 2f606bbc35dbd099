using Certfolio.Core.Diagnostics;

namespace Certfolio.Site;

/// <summary>What a build did: files, bytes, time, its diagnostics, and the state an incremental rebuild starts from.</summary>
public sealed record BuildResult
{
    /// <summary>False when nothing usable was written: the portfolio or the theme has errors, or a template failed.</summary>
    public required bool Succeeded { get; init; }
    /// <summary>HTML pages written.</summary>
    public int Pages { get; init; }
    /// <summary>All files written or copied (pages, assets, feeds, indexes).</summary>
    public int Files { get; init; }
    public long Bytes { get; init; }
    public TimeSpan Elapsed { get; init; }
    /// <summary>Problems found by the build itself (the portfolio's own diagnostics stay on the portfolio).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
    /// <summary>Site paths written or deleted by this build, in order (for live reload).</summary>
    public IReadOnlyList<string> ChangedPaths { get; init; } = [];
    /// <summary>Whether <see cref="SiteBuilder.Rebuild"/> could reuse the previous state, or rebuilt everything.</summary>
    public bool Incremental { get; init; }
    /// <summary>Cached per-credential output for <see cref="SiteBuilder.Rebuild"/>; null after a failed build.</summary>
    public SiteState? State { get; init; }
}
