namespace Certfolio.Site.Pages;

/// <summary>
/// What one credential gives <c>/search.json</c>, cut into the words the index shares between entries
/// (<see cref="SearchIndexFile"/> writes each word once and the entries as lists of word numbers). Made in the render
/// stage, one per credential and in parallel; numbered in list order afterwards, since the numbers depend on every entry.
/// </summary>
/// <param name="Slug">The slug as the index writes it (<see cref="SiteFiles.SlugInIndex"/>).</param>
/// <param name="TitleWords">The title split at every space, so joining them with spaces gives it back as it is.</param>
/// <param name="TextWords">
/// The description's words (split at any white space), each once and none the title has: the description is only
/// searched, never shown from the index, and a query word holds no space, so it is in the description exactly when it
/// is in one of these words.
/// </param>
/// <param name="RenewalOpens">Only where the build shows the renewal window (the owner's, or <c>public.renewal</c>).</param>
internal sealed record SearchRecord(
    string Slug, string[] TitleWords, string Provider, string? Level, string[] Skills, DateOnly Issued, DateOnly? Expires,
    string? CredentialId, string[] TextWords, DateOnly? RenewalOpens)
{
    public static SearchRecord Of(
        string slug, string title, string providerSlug, string? level, IReadOnlyList<string> skillSlugs, DateOnly issued, DateOnly? expires,
        string? credentialId, string? description, DateOnly? renewalOpens)
    {
        var titleWords = title.Split(' ');
        return new SearchRecord(SiteFiles.SlugInIndex(slug, title), titleWords, providerSlug, level, [.. skillSlugs], issued, expires, credentialId,
            DescriptionWords(description, titleWords), renewalOpens);
    }

    // A description has a few dozen words: looking through the short lists costs less than the two hash sets LINQ's
    // Distinct and Except make for every credential (the build at 10,000 makes 10,000 of these).
    private static string[] DescriptionWords(string? description, string[] titleWords)
    {
        if (description is null) return [];
        var words = description.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(words.Length);
        foreach (var word in words)
        {
            if (Array.IndexOf(titleWords, word) < 0 && !kept.Contains(word)) kept.Add(word);
        }
        return [.. kept];
    }
}
