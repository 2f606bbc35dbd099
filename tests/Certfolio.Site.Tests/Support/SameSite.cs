using System.Text.Json;
using Certfolio.Site.Publishing;

namespace Certfolio.Site.Tests.Support;

/// <summary>
/// A rebuilt site against a full build of the same folder: the same files, byte for byte, but for <c>search.json</c>,
/// which must read the same (a rebuild numbers new words after the last build's: <c>SearchIndexSplice</c>).
/// </summary>
public static class SameSite
{
    public static void AssertSame(MemorySiteWriter full, MemorySiteWriter site, string context = "")
    {
        Assert.Equal(full.Files.Keys.Order(StringComparer.Ordinal), site.Files.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in full.Files)
        {
            var same = path == "search.json" ? Readable(bytes) == Readable(site.Files[path]) : bytes.AsSpan().SequenceEqual(site.Files[path]);
            Assert.True(same, $"{context}{path} differs from a full build");
        }
    }

    private static string Readable(byte[] index) => JsonSerializer.Serialize(SearchIndex.Read(index), new JsonSerializerOptions { WriteIndented = true });
}
