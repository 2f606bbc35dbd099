namespace Certfolio.Site.Pages;

/// <summary>
/// What the home pages show besides their own cards and their place among the pages: <see cref="Shared"/> by every
/// page (the counts, the timeline, the filter's options, the top skills, the page's words) and the JSON-LD of the
/// first page, each as one text. A rebuild whose frame is the last build's rewrites only the home pages whose cards
/// changed (<see cref="Incremental.ListChanges"/>); at 10,000 credentials in pages of 60 that is one of 167.
/// <c>HomeFrameTests</c> fails when <see cref="HomeView"/> or <see cref="PageView"/> gains a property this leaves out.
/// </summary>
internal sealed record HomeFrame(string Shared, string? JsonLd)
{
    /// <summary>The properties of <see cref="HomeView"/> that differ from page to page, and so are not part of the frame.</summary>
    internal static readonly string[] PerPage = [nameof(HomeView.Current), nameof(HomeView.Expired), nameof(HomeView.CurrentShown), nameof(HomeView.ExpiredShown)];

    public static HomeFrame Of(HomeView view, PageView firstPage) => new(
        string.Join('\u001e', view.Counts.ToString(), view.Timeline.Html, Options(view.Skills), Options(view.Providers), Options(view.Levels),
            Options(view.Statuses), string.Join('\u001f', view.TopSkills), (firstPage with { JsonLd = null }).ToString()),
        firstPage.JsonLd?.Html);

    /// <summary>True when home page <paramref name="number"/> shows the same as in <paramref name="last"/> besides its cards.</summary>
    public bool SameOn(int number, HomeFrame last) => Shared == last.Shared && (number > 1 || JsonLd == last.JsonLd);

    // Records print every property; these have only text and numbers.
    private static string Options(IReadOnlyList<FacetOption> options) => string.Join('\u001f', options);
}
