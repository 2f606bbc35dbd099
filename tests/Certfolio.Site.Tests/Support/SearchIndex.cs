using System.Text.Json;
using System.Text.RegularExpressions;
using Certfolio.Site.Pages;
using Certfolio.Site.Publishing;

namespace Certfolio.Site.Tests.Support;

/// <summary>One entry of <c>search.json</c>, read as <c>assets/search.js</c> reads it, words and dates spelled out.</summary>
public sealed record SearchIndexEntry(
    string Slug, string Title, string Provider, string? Level, string[] Skills, string Issued, string? Expires, string? CredentialId,
    string[] DescriptionWords, string? RenewalOpens);

/// <summary>
/// <c>search.json</c> as the page's search reads it: the words at its head, entries by position with words as their
/// numbers and dates as days since 1970, <c>null</c> (or nothing at the end) for nothing, and the slug derived from the
/// title where left out.
/// </summary>
public static partial class SearchIndex
{
    public static IReadOnlyList<SearchIndexEntry> Read(MemorySiteWriter site) => Read(site.Files["search.json"]);

    public static IReadOnlyList<SearchIndexEntry> Read(byte[] file)
    {
        using var document = JsonDocument.Parse(file);
        var root = document.RootElement;
        var words = root.GetProperty("words").EnumerateArray().Select(w => w.GetString()!).ToArray();
        return root.GetProperty("entries").EnumerateArray().Select(e => Entry(e, words)).ToArray();
    }

    private static SearchIndexEntry Entry(JsonElement entry, string[] words)
    {
        Assert.Equal(JsonValueKind.Array, entry.ValueKind);
        var values = entry.EnumerateArray().ToArray();
        Assert.InRange(values.Length, 6, 10);
        Assert.NotEqual(JsonValueKind.Null, values[^1].ValueKind);
        JsonElement? At(int i) => i < values.Length && values[i].ValueKind != JsonValueKind.Null ? values[i] : null;
        string[] Words(int i) => At(i) is { } list ? SearchNumbers.Read(list.GetString()!).Select(n => words[n]).ToArray() : [];
        string? Word(int i) => At(i) is { } number ? words[number.GetInt32()] : null;
        string? Date(int i) => At(i) is { } days ? new DateOnly(1970, 1, 1).AddDays(days.GetInt32()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
        var title = string.Join(' ', Words(1));
        return new SearchIndexEntry(Slug(values[0].GetString()!, title), title, Word(2)!, Word(3), Words(4), Date(5)!, Date(6), At(7)?.GetString(), Words(8), Date(9));
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
