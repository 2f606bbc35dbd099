namespace Certfolio.Interop.Exporting;

/// <summary>Collects which fields of which credentials a format cannot hold, and says so in one warning per field.</summary>
public sealed class LossReport(string format, int total = 0)
{
    private readonly SortedDictionary<string, List<string>> _lost = new(StringComparer.Ordinal);
    private readonly List<string> _notes = [];

    public void Lost(string field, string slug)
    {
        if (!_lost.TryGetValue(field, out var slugs)) _lost[field] = slugs = [];
        if (!slugs.Contains(slug)) slugs.Add(slug);
    }

    public void Note(string warning) => _notes.Add(warning);

    public IReadOnlyList<string> Warnings =>
        _lost.Select(p => $"{format} cannot hold '{p.Key}': left out for {Which(p.Value)}")
            .Concat(_notes)
            .ToArray();

    private string Which(List<string> slugs)
    {
        if (slugs.Count == total && total > 1) return $"all {total} credentials";
        const int shown = 5;
        var names = string.Join(", ", slugs.Take(shown)) + (slugs.Count > shown ? $", and {slugs.Count - shown} more" : "");
        return $"{slugs.Count} credential(s) ({names})";
    }
}
