using Certfolio.Core.Diagnostics;
using Certfolio.Site.Publishing;

namespace Certfolio.Server.Building;

/// <summary>
/// What the preview server rebuilds from: a whole build once, then updates for the files that changed.
/// The server hands each call a fresh staging writer and keeps its last good output until a call succeeds.
/// </summary>
public interface ISiteSource
{
    /// <summary>The portfolio folder this source watches.</summary>
    string Root { get; }

    /// <summary>The folders whose files the site reads, watched recursively (the root itself is watched one level deep).</summary>
    IEnumerable<string> WatchedFolders { get; }

    /// <summary>Builds every file of the site into <paramref name="writer"/>.</summary>
    SourceBuild BuildAll(ISiteWriter writer);

    /// <summary>
    /// Rebuilds what <paramref name="changedFiles"/> (absolute paths; added, edited or deleted) affect: written
    /// files replace the previous ones, deleted files disappear, the rest of the last good build stays.
    /// </summary>
    SourceBuild Update(IReadOnlyCollection<string> changedFiles, ISiteWriter writer);
}

/// <summary>The outcome of one <see cref="ISiteSource"/> call.</summary>
public sealed record SourceBuild
{
    /// <summary>False when the writer's output must be thrown away (the portfolio or the theme has errors).</summary>
    public required bool Succeeded { get; init; }

    /// <summary>True when the writer holds the whole site (not a patch over the previous build).</summary>
    public bool Complete { get; init; }

    /// <summary>Every current problem: the portfolio's and the build's own.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>HTML pages rendered by this call (the measure of how incremental it was).</summary>
    public int PagesRendered { get; init; }

    /// <summary>
    /// False when none of the changed files matters to the site (a file outside content, assets, theme and config):
    /// the preview then keeps everything as it was, including the files still owed a rebuild.
    /// </summary>
    public bool Relevant { get; init; } = true;
}
