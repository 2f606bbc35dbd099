using Certfolio.Core.Diagnostics;

namespace Certfolio.Server.Building;

/// <summary>What one build or rebuild of the preview did: the figures live reload and the benchmarks read.</summary>
public sealed record RebuildReport
{
    /// <summary>The version of what the preview serves: it grows when the site or the errors change.</summary>
    public required int Generation { get; init; }

    /// <summary>True when the served pages or the overlay differ from before, so open tabs should reload.</summary>
    public bool Changed { get; init; }

    /// <summary>False when the build failed and the last good site is still served.</summary>
    public required bool Succeeded { get; init; }

    /// <summary>True once some build has succeeded: a failed build then leaves that site served; else the preview serves an error page.</summary>
    public required bool HasSite { get; init; }

    /// <summary>True for an update of the changed files only; false for a whole build.</summary>
    public required bool Incremental { get; init; }

    /// <summary>The watched files that triggered this rebuild (absolute paths); empty for the first build.</summary>
    public IReadOnlyCollection<string> ChangedFiles { get; init; } = [];

    /// <summary>Site paths whose served content changed (written with different bytes, or removed).</summary>
    public IReadOnlyList<string> ChangedPaths { get; init; } = [];

    /// <summary>HTML pages the source rendered.</summary>
    public int PagesRendered { get; init; }

    /// <summary>Time spent in the source and in applying its output.</summary>
    public TimeSpan BuildTime { get; init; }

    /// <summary>From the first file system event of the batch to the pages in memory; null when not started by the watcher.</summary>
    public TimeSpan? SinceFirstEvent { get; init; }

    /// <summary>Every current problem; errors are shown in the overlay.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);
}
