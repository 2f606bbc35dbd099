using Certfolio.Core.Documents;
using Certfolio.Core.Text;

namespace Certfolio.Core.Binding;

/// <summary>
/// Finds the keys of a front matter that are probably typos of a key Certfolio reads: the same key in another case,
/// or one a small edit away (<see cref="EditDistance"/>). Unknown keys are otherwise passed to themes as they are,
/// so a typo would silently drop a value: <c>ExpiryDate:</c> makes a credential that never expires.
/// </summary>
public sealed class KeySuggester(FieldMap fields)
{
    // Keys read outside the field map: they cannot be renamed by fields:.
    private static readonly string[] FixedKeys = ["renew", "renewal"];

    /// <summary>The suggestions for <paramref name="frontMatter"/>, only for keys whose intended key is absent.</summary>
    public IReadOnlyList<KeySuggestion> For(FrontMatterMapping frontMatter)
    {
        List<KeySuggestion>? found = null;
        foreach (var entry in frontMatter.Entries)
        {
            if (IsKnown(entry.Key) || FieldMap.WellKnownAliases.ContainsKey(entry.Key)) continue;
            if (Closest(entry.Key) is not var (intended, canonical)) continue;
            // Two spellings side by side are deliberate (or a duplicate the theme wants): only a lost value is reported.
            if (frontMatter.Find(intended) is not null) continue;
            var caseOnly = string.Equals(entry.Key, intended, StringComparison.OrdinalIgnoreCase);
            (found ??= []).Add(new KeySuggestion(entry, intended, canonical, caseOnly));
        }
        return found ?? (IReadOnlyList<KeySuggestion>)[];
    }

    private bool IsKnown(string key) =>
        fields.IsMapped(key) || FixedKeys.Contains(key, StringComparer.Ordinal);

    private (string Intended, string Canonical)? Closest(string key)
    {
        (string, string)? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (intended, canonical) in Candidates())
        {
            var distance = EditDistance.Between(key, intended);
            if (distance > Tolerance(intended) || distance >= bestDistance) continue;
            best = (intended, canonical);
            bestDistance = distance;
        }
        return best;
    }

    private IEnumerable<(string Intended, string Canonical)> Candidates()
    {
        foreach (var canonical in FieldMap.CanonicalKeys) yield return (fields.NameOf(canonical), canonical);
        foreach (var key in FixedKeys) yield return (key, key);
    }

    // One edit in a short key already reaches other words (date/data, logo/log); two are allowed from five letters.
    private static int Tolerance(string key) => key.Length <= 4 ? 1 : 2;
}
