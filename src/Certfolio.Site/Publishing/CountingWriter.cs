using System.Collections.Concurrent;

namespace Certfolio.Site.Publishing;

/// <summary>Counts what a build writes (files, HTML pages, bytes) on its way to the real writer.</summary>
internal sealed class CountingWriter(ISiteWriter inner) : ISiteWriter
{
    private int _files;
    private int _pages;
    private long _bytes;
    private readonly ConcurrentQueue<string> _changed = new();

    public int Files => _files;
    public int Pages => _pages;
    public long Bytes => Interlocked.Read(ref _bytes);

    public IReadOnlyList<string> Changed => _changed.Order(StringComparer.Ordinal).ToArray();

    public void Write(string sitePath, ReadOnlySpan<byte> content)
    {
        inner.Write(sitePath, content);
        Count(sitePath, content.Length);
    }

    public void WriteOwned(string sitePath, byte[] content)
    {
        inner.WriteOwned(sitePath, content);
        Count(sitePath, content.Length);
    }

    public void Copy(string sitePath, string sourceFile)
    {
        inner.Copy(sitePath, sourceFile);
        Count(sitePath, new FileInfo(sourceFile).Length);
    }

    public void Delete(string sitePath)
    {
        inner.Delete(sitePath);
        _changed.Enqueue(sitePath);
    }

    private void Count(string sitePath, long length)
    {
        Interlocked.Increment(ref _files);
        if (sitePath.EndsWith(".html", StringComparison.Ordinal)) Interlocked.Increment(ref _pages);
        Interlocked.Add(ref _bytes, length);
        _changed.Enqueue(sitePath);
    }
}
