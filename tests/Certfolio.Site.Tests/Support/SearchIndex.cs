using System.Text.Json;
using System.Text.RegularExpressions;
using Certfolio.Site.Publishing;

namespace Certfolio.Site.Tests.Support;

/// <summary>One entry of <c>search.json</c>, read as <c>assets/search.js</c> reads it.</summary>
public sealed record SearchIndexEntry(
    string Slug, string Title, string Provider, string? Level, string[] Skills, string Issued, string? Expires, string? CredentialId,
    string? Description, string? RenewalOpens);

/// <summary><c>search.json</c> as the page's search reads it: positions, <c>0</c> for nothing, and the slug derived from the title where left out.</summary>
public static partial class SearchIndex
{
    public static IReadOnlyList<SearchIndexEntry> Read(MemorySiteWriter site) =>
        JsonDocument.Parse(site.Files["search.json"]).RootElement.EnumerateArray().Select(Entry).ToArray();

    private static SearchIndexEntry Entry(JsonElement entry)
    {
        Assert.Equal(JsonValueKind.Array, entry.ValueKind);
        var values = entry.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.String ? v.GetString() : null).ToArray();
        Assert.InRange(values.Length, 6, 10);
        string? At(int i) => i < values.Length ? values[i] : null;
        var title = values[1]!;
        return new SearchIndexEntry(Slug(values[0]!, title), title, values[2]!, At(3), At(4)?.Split(' ') ?? [], values[5]!, At(6), At(7), At(8), At(9));
    }

    // The script's rule (search.js, slug()), in C#.
    private static string Slug(string written, string title)
    {
        if (written.Length > 0 && written[0] != '-') return written;
        return Separators().Replace(title.ToLowerInvariant(), "-").Trim('-') + written;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Separators();
}
