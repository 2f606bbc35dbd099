using System.Diagnostics;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;

namespace Certfolio.Server.Building;

/// <summary>
/// The served state of a preview: the last good <see cref="SiteSnapshot"/> and the current problems. Rebuilds run
/// one at a time; a failed one keeps the previous snapshot and remembers its changed files, so the next rebuild
/// after a fix covers everything edited since the last good build.
/// </summary>
public sealed class PreviewSite(ISiteSource source)
{
    private readonly Lock _gate = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private volatile PreviewState _state = new(SiteSnapshot.Empty, [], HasSite: false, Generation: 0, ErrorsVersion: 0);
    private bool _needsFullBuild = true;

    /// <summary>Raised after every build or rebuild, on the thread that ran it.</summary>
    public event Action<RebuildReport>? Rebuilt;

    public string Root => source.Root;

    /// <summary>Everything a request needs, read at once so it never mixes two builds.</summary>
    public PreviewState Current => _state;

    /// <summary>The last good site (empty until a build succeeds).</summary>
    public SiteSnapshot Snapshot => _state.Snapshot;

    /// <summary>True once a build has succeeded, so there is a site to serve.</summary>
    public bool HasSite => _state.HasSite;

    /// <summary>The errors of the latest build: non-empty while the overlay shows.</summary>
    public IReadOnlyList<Diagnostic> Errors => _state.Errors;

    /// <summary>Changes whenever the snapshot or the errors change (part of the HTML ETags).</summary>
    public int Generation => _state.Generation;

    /// <summary>Builds the whole site.</summary>
    public RebuildReport BuildAll()
    {
        lock (_gate)
        {
            _needsFullBuild = true;
            return Run([], null);
        }
    }

    /// <summary>Rebuilds what <paramref name="changedFiles"/> affect (a whole build until one has succeeded).</summary>
    /// <param name="firstEventTimestamp">The <see cref="Stopwatch.GetTimestamp"/> of the file event that started it, if any.</param>
    public RebuildReport Update(IReadOnlyCollection<string> changedFiles, long? firstEventTimestamp = null)
    {
        lock (_gate) return Run(changedFiles, firstEventTimestamp);
    }

    private RebuildReport Run(IReadOnlyCollection<string> changedFiles, long? firstEventTimestamp)
    {
        var started = Stopwatch.GetTimestamp();
        var previous = _state;
        var staging = new StagingSiteWriter();
        var full = _needsFullBuild;
        SourceBuild build;
        try
        {
            if (full)
            {
                build = source.BuildAll(staging);
            }
            else
            {
                _pending.UnionWith(changedFiles);
                build = source.Update(_pending.ToArray(), staging);
            }
        }
        catch (Exception e)
        {
            // Whatever a build throws, the preview lives on: the error shows in the overlay and the log, the last good
            // site stays served, and the next change rebuilds everything, since the source's state is now unknown.
            _needsFullBuild = true;
            _pending.UnionWith(changedFiles);
            build = Crashed(e, changedFiles);
        }

        if (!build.Relevant)
        {
            // Nothing the site uses changed: keep the snapshot, the errors and the files still owed a rebuild.
            return Report(new RebuildReport
            {
                Generation = previous.Generation,
                Succeeded = previous.Errors.Count == 0,
                HasSite = previous.HasSite,
                Incremental = true,
                ChangedFiles = changedFiles,
                BuildTime = Stopwatch.GetElapsedTime(started),
                SinceFirstEvent = firstEventTimestamp is { } since ? Stopwatch.GetElapsedTime(since) : null,
                Diagnostics = build.Diagnostics,
            });
        }

        var errors = build.Diagnostics.Where(d => d.Severity == Severity.Error).ToArray();
        IReadOnlyList<string> changedPaths = [];
        var snapshot = previous.Snapshot;
        if (build.Succeeded)
        {
            (snapshot, changedPaths) = previous.Snapshot.Apply(staging, build.Complete || full);
            _pending.Clear();
            _needsFullBuild = false;
        }

        var errorsChanged = !errors.SequenceEqual(previous.Errors);
        var changed = !ReferenceEquals(snapshot, previous.Snapshot) && changedPaths.Count > 0
                      || errorsChanged || !previous.HasSite && build.Succeeded;
        var generation = changed ? previous.Generation + 1 : previous.Generation;
        _state = new PreviewState(snapshot, errors, previous.HasSite || build.Succeeded, generation,
            errorsChanged ? previous.ErrorsVersion + 1 : previous.ErrorsVersion);

        var finished = Stopwatch.GetTimestamp();
        var report = new RebuildReport
        {
            Generation = generation,
            Changed = changed,
            Succeeded = build.Succeeded,
            HasSite = _state.HasSite,
            Incremental = !full && !build.Complete,
            ChangedFiles = changedFiles,
            ChangedPaths = changedPaths,
            PagesRendered = build.PagesRendered,
            BuildTime = Stopwatch.GetElapsedTime(started, finished),
            SinceFirstEvent = firstEventTimestamp is { } t ? Stopwatch.GetElapsedTime(t, finished) : null,
            Diagnostics = build.Diagnostics,
        };
        return Report(report);
    }

    /// <summary>A failed build whose only diagnostic is the exception, placed at the first changed file (the likely cause).</summary>
    private SourceBuild Crashed(Exception exception, IReadOnlyCollection<string> changedFiles)
    {
        var file = changedFiles.Order(StringComparer.Ordinal).FirstOrDefault() ?? Path.Combine(source.Root, ConfigReader.FileName);
        var what = $"{exception.GetType().Name}: {exception.Message}";
        return new SourceBuild { Succeeded = false, Diagnostics = [Diagnostic.Create(Descriptors.RebuildFailed, SourceLocation.FileStart(file), what)] };
    }

    private RebuildReport Report(RebuildReport report)
    {
        Rebuilt?.Invoke(report);
        return report;
    }
}

/// <summary>What the preview serves at one moment.</summary>
/// <param name="Snapshot">The last good site.</param>
/// <param name="Errors">The latest build's errors (the overlay shows while there are any).</param>
/// <param name="HasSite">True once a build has succeeded.</param>
/// <param name="Generation">Grows whenever the site or the errors change.</param>
/// <param name="ErrorsVersion">Grows whenever the errors change (part of the HTML ETags while the overlay shows).</param>
public sealed record PreviewState(SiteSnapshot Snapshot, IReadOnlyList<Diagnostic> Errors, bool HasSite, int Generation, int ErrorsVersion);
