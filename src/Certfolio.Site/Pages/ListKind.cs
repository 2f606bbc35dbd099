using Certfolio.Core.Model;

namespace Certfolio.Site.Pages;

/// <summary>
/// A kind of list page: one page per term at <c>/PLURAL/SLUG/</c> showing the cards of the credentials that have
/// it, and an index of all terms at <c>/PLURAL/</c>. Everything a kind needs is here; a new kind is one record in
/// <see cref="ListKinds.All"/>, and its documentation in <c>docs/themes.md</c>.
/// </summary>
/// <param name="Name">The singular, as templates see it: <c>page.kind</c> and <c>term.kind</c> (<c>skill</c>).</param>
/// <param name="Plural">The folder and the index's kind (<c>skills</c>); also its key in <c>credential.terms</c>.</param>
/// <param name="IndexTitle">The index page's title (<c>Skills</c>).</param>
/// <param name="Names">How credentials group: the names of the terms a credential has (duplicates and case variants are one term).</param>
/// <param name="Title">A term page's title, from the term's name.</param>
/// <param name="Description">A term page's meta description, from the term's name and how many credentials it has.</param>
/// <param name="IndexDescription">The index page's meta description, from how many terms there are.</param>
/// <param name="Template">The template of a term page.</param>
internal sealed record ListKind(
    string Name,
    string Plural,
    string IndexTitle,
    Func<Credential, IEnumerable<string>> Names,
    Func<string, string> Title,
    Func<string, int, string> Description,
    Func<int, string> IndexDescription,
    string Template = "term")
{
    /// <summary>The position of this kind in <see cref="ListKinds.All"/>: renders and indexes keep per-kind data in arrays.</summary>
    public int Index { get; init; }

    /// <summary>The site path of a term's page: <c>skills/ci-cd/</c>.</summary>
    public string PathOf(string slug) => $"{Plural}/{slug}/";

    /// <summary>The site path of the index: <c>skills/</c>.</summary>
    public string IndexPath => Plural + "/";
}

/// <summary>Every kind of list page the site has, in a fixed order.</summary>
internal static class ListKinds
{
    public static readonly ListKind Skills = new("skill", "skills", "Skills", c => c.Skills,
        name => $"{name} certifications", (name, count) => $"{count} certifications covering {name}.",
        count => $"{count} skills covered by certifications.") { Index = 0 };

    public static readonly ListKind Providers = new("provider", "providers", "Providers", c => [c.Provider],
        name => $"Certifications from {name}", (name, count) => $"{count} certifications issued by {name}.",
        count => $"{count} certification providers.") { Index = 1 };

    public static readonly ListKind Levels = new("level", "levels", "Levels", c => c.Level is { } level ? [level] : [],
        name => $"{name}-level certifications", (name, count) => $"{count} certifications at the {name} level.",
        count => $"{count} certification levels.") { Index = 2 };

    public static readonly IReadOnlyList<ListKind> All = [Skills, Providers, Levels];
}
