using Certfolio.Core.Model;

namespace Certfolio.Site.Pages;

/// <summary>A skill or a provider: the name shown and its unique URL slug.</summary>
public sealed record Term(string Name, string Slug);

/// <summary>
/// Names → unique slugs for skill and provider pages. Names that differ only in case are one term. Distinct
/// names whose slugs collide (<c>CI/CD</c> and <c>CI-CD</c>) get <c>-2</c>, <c>-3</c>… in ordinal order of the
/// names, so the result depends only on the set of names.
/// </summary>
public sealed class TermIndex
{
    private readonly Dictionary<string, Term> _byName;

    private TermIndex(Dictionary<string, Term> byName) => _byName = byName;

    public IReadOnlyCollection<Term> Terms => _byName.Values;

    public static TermIndex Build(IEnumerable<string> names)
    {
        // Exact duplicates first (cheap ordinal hashing of the many repeats), then case variants among the few left.
        var exact = new HashSet<string>(names, StringComparer.Ordinal);
        var distinct = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in exact)
        {
            var trimmed = name.Trim();
            if (trimmed.Length == 0) continue;
            // Case variants are one term; the ordinal-first spelling names it, whatever the input order.
            if (!distinct.TryGetValue(trimmed, out var existing) || string.CompareOrdinal(trimmed, existing) < 0) distinct[trimmed] = trimmed;
        }
        var used = new HashSet<string>(StringComparer.Ordinal);
        var byName = new Dictionary<string, Term>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in distinct.Values.Order(StringComparer.Ordinal))
        {
            var slug = Slug.From(name);
            var candidate = slug;
            for (var n = 2; !used.Add(candidate); n++) candidate = $"{slug}-{n}";
            byName[name] = new Term(name, candidate);
        }
        return new TermIndex(byName);
    }

    public Term Get(string name) => _byName[name.Trim()];

    /// <summary>True when both indexes give every name the same slug (then no page's links to terms changed).</summary>
    public bool SameAs(TermIndex other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other._byName.Count != _byName.Count) return false;
        foreach (var (name, term) in _byName)
        {
            if (!other._byName.TryGetValue(name, out var theirs) || theirs != term) return false;
        }
        return true;
    }

    public bool TryGet(string name, out Term term) => _byName.TryGetValue(name.Trim(), out term!);
}
