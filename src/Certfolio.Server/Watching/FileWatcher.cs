using System.Diagnostics;
using System.Threading.Channels;

namespace Certfolio.Server.Watching;

/// <summary>A batch of changed paths: everything the file system reported until it was quiet for the debounce time.</summary>
/// <param name="Paths">Absolute paths of files (or folders) created, changed, deleted or renamed (old and new names).</param>
/// <param name="FirstEventTimestamp">The <see cref="Stopwatch.GetTimestamp"/> of the batch's first event.</param>
/// <param name="Overflowed">True when the watcher lost events, so only a whole rebuild is safe.</param>
public sealed record FileChangeBatch(IReadOnlyCollection<string> Paths, long FirstEventTimestamp, bool Overflowed);

/// <summary>
/// Watches a folder tree and delivers debounced batches of changes. Editors save in several steps (a temporary
/// file, a rename, a metadata touch), so events are gathered until none came for <c>debounce</c>.
/// Hidden folders (<c>.git</c>), the build output (<c>_site</c>) and editor swap files are ignored.
/// </summary>
public sealed class FileWatcher : IAsyncDisposable
{
    private readonly string _root;
    private readonly TimeSpan _debounce;
    private readonly Func<FileChangeBatch, Task> _onBatch;
    private readonly FileSystemWatcher _watcher;
    private readonly Channel<(string? Path, long Timestamp)> _events = Channel.CreateUnbounded<(string?, long)>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public FileWatcher(string root, TimeSpan debounce, Func<FileChangeBatch, Task> onBatch)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _debounce = debounce;
        _onBatch = onBatch;
        _watcher = new FileSystemWatcher(_root)
        {
            IncludeSubdirectories = true,
            InternalBufferSize = 64 * 1024,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
        };
        _watcher.Changed += (_, e) => Enqueue(e.FullPath);
        _watcher.Created += (_, e) => Enqueue(e.FullPath);
        _watcher.Deleted += (_, e) => Enqueue(e.FullPath);
        _watcher.Renamed += (_, e) =>
        {
            Enqueue(e.OldFullPath);
            Enqueue(e.FullPath);
        };
        _watcher.Error += (_, _) => _events.Writer.TryWrite((null, Stopwatch.GetTimestamp()));
        _loop = Task.Run(LoopAsync);
        _watcher.EnableRaisingEvents = true;
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
                await _onBatch(new FileChangeBatch(paths, first, overflowed));
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
        _watcher.EnableRaisingEvents = false;
        _watcher.Dispose();
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
