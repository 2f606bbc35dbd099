using System.Collections.Concurrent;

namespace Certfolio.Site.Publishing;

/// <summary>Keeps the site in memory, keyed by site path: what <c>serve</c> serves and the tests inspect.</summary>
public sealed class MemorySiteWriter : ISiteWriter
{
    public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public void Write(string sitePath, ReadOnlySpan<byte> content) => Files[SitePaths.Validate(sitePath)] = content.ToArray();

    public void WriteOwned(string sitePath, byte[] content) => Files[SitePaths.Validate(sitePath)] = content;

    public void Copy(string sitePath, string sourceFile) => Files[SitePaths.Validate(sitePath)] = File.ReadAllBytes(sourceFile);

    public void Delete(string sitePath) => Files.TryRemove(sitePath, out _);

    public bool TryGet(string sitePath, out byte[] content) => Files.TryGetValue(sitePath, out content!);

    /// <summary>A file as UTF-8 text (for tests and diagnostics).</summary>
    public string Text(string sitePath) => System.Text.Encoding.UTF8.GetString(Files[sitePath]);
}
