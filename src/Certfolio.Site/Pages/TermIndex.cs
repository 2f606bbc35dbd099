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
        var distinct = new SortedDictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
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

    public bool TryGet(string name, out Term term) => _byName.TryGetValue(name.Trim(), out term!);
}
