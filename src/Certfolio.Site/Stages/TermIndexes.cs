using Certfolio.Core.Model;
using Certfolio.Site.Pages;

namespace Certfolio.Site.Stages;

/// <summary>The unique slugs of the skills and providers a build has pages for.</summary>
internal sealed record TermIndexes(TermIndex Skills, TermIndex Providers)
{
    public static TermIndexes From(IReadOnlyList<Credential> credentials) =>
        new(TermIndex.Build(credentials.SelectMany(c => c.Skills)), TermIndex.Build(credentials.Select(c => c.Provider)));

    /// <summary>True when both give every name the same slug (then no page's links to terms changed).</summary>
    public bool SameAs(TermIndexes other) => Skills.SameAs(other.Skills) && Providers.SameAs(other.Providers);
}
