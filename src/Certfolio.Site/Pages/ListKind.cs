using Certfolio.Core.Model;
using Certfolio.Site.Languages;

namespace Certfolio.Site.Pages;

/// <summary>
/// A kind of list page: one page per term at <c>/PLURAL/SLUG/</c> showing the cards of the credentials that have
/// it, and an index of all terms at <c>/PLURAL/</c>. Everything a kind needs is here; a new kind is one record in
/// <see cref="ListKinds.All"/>, and its documentation in <c>docs/themes.md</c>.
/// </summary>
/// <param name="Name">The singular, as templates see it: <c>page.kind</c> and <c>term.kind</c> (<c>skill</c>).</param>
/// <param name="Plural">The folder and the index's kind (<c>skills</c>); also its key in <c>credential.terms</c>.</param>
/// <param name="Names">How credentials group: the names of the terms a credential has (duplicates and case variants are one term).</param>
/// <param name="Template">The template of a term page.</param>
/// <remarks>
/// Its words are in every language file, under <c>list.PLURAL.</c>: <c>index</c> (the index page's title, "Skills"),
/// <c>title</c> (a term page's title, from <c>{name}</c>), <c>description</c> (a term page's meta description, from
/// <c>{name}</c> and <c>{count}</c>) and <c>indexDescription</c> (the index's, from <c>{count}</c>).
/// </remarks>
internal sealed record ListKind(
    string Name,
    string Plural,
    Func<Credential, IEnumerable<string>> Names,
    string Template = "term")
{
    /// <summary>The index page's title (<c>Skills</c>).</summary>
    public string IndexTitle(Strings strings) => strings.Get($"list.{Plural}.index");

    /// <summary>A term page's title, from the term's name.</summary>
    public string Title(Strings strings, string name) => strings.Format($"list.{Plural}.title", ("name", name));

    /// <summary>A term page's meta description, from the term's name and how many credentials it has.</summary>
    public string Description(Strings strings, string name, int count) => strings.Count($"list.{Plural}.description", count, ("name", name));

    /// <summary>The index page's meta description, from how many terms there are.</summary>
    public string IndexDescription(Strings strings, int count) => strings.Count($"list.{Plural}.indexDescription", count);

    /// <summary>The keys of this kind's words in the language files.</summary>
    public IEnumerable<string> Keys => new[] { "index", "title", "description", "indexDescription" }.Select(k => $"list.{Plural}.{k}");

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
    public static readonly ListKind Skills = new("skill", "skills", c => c.Skills) { Index = 0 };

    public static readonly ListKind Providers = new("provider", "providers", c => [c.Provider]) { Index = 1 };

    public static readonly ListKind Levels = new("level", "levels", c => c.Level is { } level ? [level] : []) { Index = 2 };

    public static readonly IReadOnlyList<ListKind> All = [Skills, Providers, Levels];
}
