using System.Collections.Concurrent;
using Certfolio.Core.Portfolios;

namespace Certfolio.Core.Tests.Support;

/// <summary>The real file system, counting how often each file's bytes are read, and how often a path is probed or resolved.</summary>
public sealed class CountingFileSystem : IFileSystem
{
    private readonly IFileSystem _inner = PhysicalFileSystem.Instance;

    public ConcurrentDictionary<string, int> Reads { get; } = new(StringComparer.Ordinal);

    public int ReadsOf(string path) => Reads.GetValueOrDefault(System.IO.Path.GetFullPath(path));

    public bool FileExists(string path) => _inner.FileExists(path);
    public bool DirectoryExists(string path) => _inner.DirectoryExists(path);
    public IEnumerable<string> EnumerateFiles(string directory) => _inner.EnumerateFiles(directory);
    public IEnumerable<FileEntry> EnumerateFileEntries(string directory) => _inner.EnumerateFileEntries(directory);
    public IEnumerable<string> EnumerateDirectories(string directory) => _inner.EnumerateDirectories(directory);
    public long GetLength(string path) => _inner.GetLength(path);
    /// <summary>Calls of <see cref="Probe"/> and <see cref="RealPath"/>: each costs one or more system calls per path.</summary>
    public int Probes => _probes;
    public int RealPaths => _realPaths;
    private int _probes;
    private int _realPaths;

    public FileProbe Probe(string path)
    {
        Interlocked.Increment(ref _probes);
        return _inner.Probe(path);
    }

    public string RealPath(string path)
    {
        Interlocked.Increment(ref _realPaths);
        return _inner.RealPath(path);
    }

    public byte[] ReadAllBytes(string path)
    {
        Count(path);
        return _inner.ReadAllBytes(path);
    }

    public int Read(string path, Span<byte> buffer)
    {
        Count(path);
        return _inner.Read(path, buffer);
    }

    private void Count(string path) => Reads.AddOrUpdate(System.IO.Path.GetFullPath(path), 1, (_, n) => n + 1);
}
