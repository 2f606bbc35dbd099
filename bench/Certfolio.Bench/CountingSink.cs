using Certfolio.Site.Publishing;

namespace Certfolio.Bench;

/// <summary>A site writer that keeps nothing: the render benchmarks measure rendering, not storing.</summary>
internal sealed class CountingSink : ISiteWriter
{
    private long _bytes;

    public long Bytes => Interlocked.Read(ref _bytes);

    public void Write(string sitePath, ReadOnlySpan<byte> content) => Interlocked.Add(ref _bytes, content.Length);

    public void Copy(string sitePath, string sourceFile) => Interlocked.Add(ref _bytes, new FileInfo(sourceFile).Length);

    public void Delete(string sitePath)
    {
    }
}
