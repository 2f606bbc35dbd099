using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;

namespace Certfolio.Interop.Exporting;

/// <summary>
/// Collects which fields of which credentials a format cannot hold, and says so in one CF0801 warning per field,
/// at that field of the first credential that loses it; other problems of the export are said once each.
/// </summary>
public sealed class LossReport(string format, int total = 0)
{
    private readonly SortedDictionary<string, (FirstLoss First, List<string> Slugs)> _lost = new(StringComparer.Ordinal);
    private readonly List<Diagnostic> _notes = [];

    /// <summary>Where a loss is reported: the key of the first credential that loses it.</summary>
    private sealed record FirstLoss(Credential Credential, string Key);

    /// <summary>The key <paramref name="key"/> of <paramref name="credential"/> is left out.</summary>
    public void Lost(string key, Credential credential) => Lost(key, credential, key);

    /// <summary><paramref name="field"/> (a key, or what of it: "day of the dates") is left out; <paramref name="key"/> is where it is written.</summary>
    public void Lost(string field, Credential credential, string key)
    {
        if (!_lost.TryGetValue(field, out var lost)) _lost[field] = lost = (new FirstLoss(credential, key), []);
        if (!lost.Slugs.Contains(credential.Slug)) lost.Slugs.Add(credential.Slug);
    }

    /// <summary>
    /// Another problem of the export. The same message for several credentials (a date widened to the day) is said
    /// once, at the first: one line per field and format, not per credential.
    /// </summary>
    public void Note(Diagnostic diagnostic)
    {
        if (!_notes.Exists(n => n.Id == diagnostic.Id && n.Message == diagnostic.Message)) _notes.Add(diagnostic);
    }

    public IReadOnlyList<Diagnostic> Diagnostics =>
        _lost.Select(p => Diagnostic.Create(Descriptors.FieldNotExported, p.Value.First.Credential.LocationOf(p.Value.First.Key), format, p.Key, Which(p.Value.Slugs)))
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
