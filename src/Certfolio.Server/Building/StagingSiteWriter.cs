using System.Collections.Concurrent;
using Certfolio.Site.Publishing;

namespace Certfolio.Server.Building;

/// <summary>
/// Collects one build's writes and deletions so the server can apply them all at once, or drop them when the
/// build fails and keep serving the last good site.
/// </summary>
public sealed class StagingSiteWriter : ISiteWriter
{
    private readonly ConcurrentDictionary<string, byte[]> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _deleted = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Written => _written;

    public IEnumerable<string> Deleted => _deleted.Keys;

    public void Write(string sitePath, ReadOnlySpan<byte> content)
    {
        SitePaths.Validate(sitePath);
        _written[sitePath] = content.ToArray();
        _deleted.TryRemove(sitePath, out _);
    }

    public void WriteOwned(string sitePath, byte[] content)
    {
        SitePaths.Validate(sitePath);
        _written[sitePath] = content;
        _deleted.TryRemove(sitePath, out _);
    }

    // Read now: the source file may change again before the build is applied.
    public void Copy(string sitePath, string sourceFile) => Write(sitePath, File.ReadAllBytes(sourceFile));

    public void Delete(string sitePath)
    {
        _written.TryRemove(sitePath, out _);
        _deleted[sitePath] = 0;
    }
}
