using System.Diagnostics;
using System.Threading.Channels;

namespace Certfolio.Server.Watching;

/// <summary>A batch of changed paths: everything the file system reported until it was quiet for the debounce time.</summary>
/// <param name="Paths">Absolute paths of files (or folders) created, changed, deleted or renamed (old and new names).</param>
/// <param name="FirstEventTimestamp">The <see cref="Stopwatch.GetTimestamp"/> of the batch's first event.</param>
/// <param name="Overflowed">True when the watcher lost events, so only a whole rebuild is safe.</param>
public sealed record FileChangeBatch(IReadOnlyCollection<string> Paths, long FirstEventTimestamp, bool Overflowed);

/// <summary>
/// Watches a portfolio and delivers debounced batches of changes. Editors save in several steps (a temporary
/// file, a rename, a metadata touch), so events are gathered until none came for <c>debounce</c>.
/// The root is watched on its own level only (certfolio.yaml, folders appearing) and the folders the site reads
/// from (content, assets, theme) recursively, so a build output with thousands of folders (<c>_site</c>) or a
/// <c>.git</c> costs no watches. Hidden files and editor swap files are ignored.
/// </summary>
public sealed class FileWatcher : IAsyncDisposable
{
    private readonly string _root;
    private readonly Func<IEnumerable<string>> _folders;
    private readonly TimeSpan _debounce;
    private readonly Func<FileChangeBatch, Task> _onBatch;
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(StringComparer.Ordinal);
    private readonly Lock _watchersLock = new();
    private bool _disposed;
    private readonly Channel<(string? Path, long Timestamp)> _events = Channel.CreateUnbounded<(string?, long)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    /// <param name="root">The portfolio folder.</param>
    /// <param name="folders">The folders to watch recursively (asked again after every batch, as a config edit may move them).</param>
    /// <param name="debounce">How long the folders must be quiet before a batch is delivered.</param>
    /// <param name="onBatch">Receives each batch, one at a time.</param>
    public FileWatcher(string root, Func<IEnumerable<string>> folders, TimeSpan debounce, Func<FileChangeBatch, Task> onBatch)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _folders = folders;
        _debounce = debounce;
        _onBatch = onBatch;
        Refresh();
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>The folders currently watched, with whether each is watched recursively.</summary>
    public IReadOnlyDictionary<string, bool> Watched
    {
        get
        {
            lock (_watchersLock) return _watchers.ToDictionary(w => w.Key, w => w.Value.IncludeSubdirectories, StringComparer.Ordinal);
        }
    }

    /// <summary>Starts watching folders that appeared and stops watching those that went away.</summary>
    public void Refresh()
    {
        var recursive = _folders()
            .Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f)))
            .Where(f => f == _root || f.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Where(Directory.Exists)
            .ToHashSet(StringComparer.Ordinal);
        var wanted = new Dictionary<string, bool>(StringComparer.Ordinal) { [_root] = recursive.Contains(_root) };
        // A folder inside another recursively watched one is already covered.
        foreach (var folder in recursive.Where(f => f != _root && !recursive.Any(o => o != f && (o == _root || f.StartsWith(o + Path.DirectorySeparatorChar, StringComparison.Ordinal)))))
            wanted[folder] = true;
        if (wanted[_root]) foreach (var key in wanted.Keys.Where(k => k != _root).ToArray()) wanted.Remove(key);

        lock (_watchersLock)
        {
            if (_disposed) return;
            foreach (var (folder, watcher) in _watchers.ToArray())
            {
                if (wanted.TryGetValue(folder, out var deep) && deep == watcher.IncludeSubdirectories) continue;
                watcher.Dispose();
                _watchers.Remove(folder);
            }
            var starting = _watchers.Count == 0;
            foreach (var (folder, deep) in wanted)
            {
                if (_watchers.ContainsKey(folder)) continue;
                _watchers[folder] = Create(folder, deep);
                // Files written into a new folder before its watcher existed were missed: report the folder itself.
                if (!starting) Enqueue(folder);
            }
        }
    }

    private FileSystemWatcher Create(string folder, bool recursive)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = recursive,
            InternalBufferSize = 64 * 1024,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        watcher.Changed += (_, e) => Enqueue(e.FullPath);
        watcher.Created += (_, e) => Enqueue(e.FullPath);
        watcher.Deleted += (_, e) => Enqueue(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Enqueue(e.OldFullPath);
            Enqueue(e.FullPath);
        };
        watcher.Error += (_, _) => _events.Writer.TryWrite((null, Stopwatch.GetTimestamp()));
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>True for paths a preview never rebuilds for: hidden folders, the build output, editor scratch files.</summary>
    public static bool IsIgnored(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative)) return true;
        var segments = relative.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s.StartsWith('.') || s is "_site" or "node_modules")) return true;
        var name = segments.Length > 0 ? segments[^1] : "";
        return name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal)
               || name.EndsWith(".tmp", StringComparison.Ordinal) || name == "4913" || name.StartsWith("#", StringComparison.Ordinal);
    }

    private void Enqueue(string path)
    {
        if (!IsIgnored(_root, path)) _events.Writer.TryWrite((path, Stopwatch.GetTimestamp()));
    }

    private async Task LoopAsync()
    {
        var reader = _events.Reader;
        var token = _stop.Token;
        try
        {
            while (await reader.WaitToReadAsync(token))
            {
                var paths = new HashSet<string>(StringComparer.Ordinal);
                long first = 0;
                var overflowed = false;
                while (true)
                {
                    while (reader.TryRead(out var item))
                    {
                        if (first == 0) first = item.Timestamp;
                        if (item.Path is null) overflowed = true;
                        else paths.Add(item.Path);
                    }
                    if (!await QuietForDebounceAsync(reader, token)) break;
                }
                try
                {
                    await _onBatch(new FileChangeBatch(paths, first, overflowed));
                    Refresh();
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The receiver reports its own failures (a failed rebuild shows in the overlay); one that escapes
                    // must not end the loop, or every later save would go unnoticed.
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Disposed: the last batch is not worth delivering to a server that is stopping.
        }
    }

    /// <summary>Waits up to the debounce time for another event; true when one came (keep gathering).</summary>
    private async Task<bool> QuietForDebounceAsync(ChannelReader<(string?, long)> reader, CancellationToken token)
    {
        if (_debounce <= TimeSpan.Zero) return false;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
        timeout.CancelAfter(_debounce);
        try
        {
            return await reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!token.IsCancellationRequested)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        lock (_watchersLock)
        {
            _disposed = true;
            foreach (var watcher in _watchers.Values) watcher.Dispose();
            _watchers.Clear();
        }
        _events.Writer.TryComplete();
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Expected when stopping mid-wait.
        }
        _stop.Dispose();
    }
}
