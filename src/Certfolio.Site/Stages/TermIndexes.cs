using Certfolio.Core.Model;
using Certfolio.Site.Pages;

namespace Certfolio.Site.Stages;

/// <summary>The unique slugs of the terms of every <see cref="ListKind"/> a build has pages for.</summary>
internal sealed class TermIndexes
{
    private readonly TermIndex[] _byKind;

    private TermIndexes(TermIndex[] byKind) => _byKind = byKind;

    public static TermIndexes From(IReadOnlyList<Credential> credentials)
    {
        var byKind = new TermIndex[ListKinds.All.Count];
        foreach (var kind in ListKinds.All) byKind[kind.Index] = TermIndex.Build(credentials.SelectMany(kind.Names));
        return new TermIndexes(byKind);
    }

    public TermIndex this[ListKind kind] => _byKind[kind.Index];

    /// <summary>How many term pages there are, of every kind.</summary>
    public int Count => _byKind.Sum(i => i.Terms.Count);

    /// <summary>True when both give every name the same slug (then no page's links to terms changed).</summary>
    public bool SameAs(TermIndexes other)
    {
        for (var i = 0; i < _byKind.Length; i++)
        {
            if (!_byKind[i].SameAs(other._byKind[i])) return false;
        }
        return true;
    }
}
