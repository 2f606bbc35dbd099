namespace Certfolio.Interop.Exporting;

/// <summary>Collects which fields of which credentials a format cannot hold, and says so in one warning per field.</summary>
public sealed class LossReport(string format)
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
        _lost.Select(p => $"{format} cannot hold '{p.Key}': left out for {p.Value.Count} credential(s) ({string.Join(", ", p.Value)})")
            .Concat(_notes)
            .ToArray();
}
