using Certfolio.Site.Pages;
using Certfolio.Site.Stages;

namespace Certfolio.Site.Incremental;

/// <summary>What a rebuild changed on the lists, so only the files that show it are written again.</summary>
/// <param name="termsMoved">A skill or provider slug or name moved: the term pages' words may have changed.</param>
/// <param name="pageSize">Cards per list page: a term whose page count changed has pages that came or went.</param>
internal sealed class ListChanges(SiteState previous, RenderPlan plan, CredentialRender[] entering, ListModel lists, bool sameCount, bool termsMoved, int pageSize)
    : IPublishSelection
{
    /// <summary>
    /// A home page is written when what every home page shows changed, or when its own cards did: the same renders in
    /// the same places (a render is made anew for every credential that changed) show the same cards.
    /// </summary>
    public bool HomePage(int number, HomeFrame frame)
    {
        if (!frame.SameOn(number, previous.HomeFrame)) return true;
        var before = previous.Lists.Home;
        var now = lists.Home;
        var total = now.Current.Length + now.Expired.Length;
        if (before.Current.Length + before.Expired.Length != total) return true;
        for (var i = (number - 1) * pageSize; i < Math.Min(total, number * pageSize); i++)
        {
            if (!ReferenceEquals(At(before, i), At(now, i))) return true;
        }
        return false;
    }

    /// <summary>
    /// A term page is written when its term shows a credential that changed and the page's cards are not the very
    /// renders of the last build in the same places (or the term's count, and so every page's words, changed).
    /// </summary>
    public bool TermPage(ListKind kind, string slug, IReadOnlyList<CredentialRender> members, int number)
    {
        if (!Terms.Contains(kind.PathOf(slug) + "index.html")) return false;
        if (termsMoved || !previous.Lists.Groups[kind].TryGetValue(slug, out var before) || before.Count != members.Count) return true;
        for (var i = (number - 1) * pageSize; i < Math.Min(members.Count, number * pageSize); i++)
        {
            if (!ReferenceEquals(before[i], members[i])) return true;
        }
        return false;
    }

    // The home page lists the current credentials, then the expired ones.
    private static CredentialRender At(HomeLists home, int index) =>
        index < home.Current.Length ? home.Current[index] : home.Expired[index - home.Current.Length];

    /// <summary>The feed shows the newest credentials: it stands while they are the very renders it was written from.</summary>
    public bool Feed => !SameHead(SiteFiles.FeedEntries);

    /// <summary>robots.txt depends on the base URL alone, which a rebuild never changes.</summary>
    public bool Robots => false;

    public bool Calendar => !SameEvents;

    public bool Sitemap => !SamePages;

    /// <summary>The term pages (site paths) that show a re-rendered or removed credential, before or after the change.</summary>
    public HashSet<string> Terms { get; } = AffectedTerms(plan.Leaving.Concat(entering));

    /// <summary>True when the site has the same pages, list pages' pages counted (so the sitemap stands).</summary>
    public bool SamePages { get; } = sameCount && previous.Lists.Groups.SamePages(lists.Groups, pageSize)
        && plan.Pending.All(i => plan.Previous[i] is { } old && old.PagePath == plan.Renders[i]!.PagePath);

    /// <summary>True when the first <paramref name="count"/> credentials in list order are the very renders of the last build.</summary>
    public bool SameHead(int count)
    {
        var before = previous.Lists.Ordered;
        var now = lists.Ordered;
        if (Math.Min(count, before.Length) != Math.Min(count, now.Length)) return false;
        for (var i = 0; i < Math.Min(count, now.Length); i++)
        {
            if (!ReferenceEquals(before[i], now[i])) return false;
        }
        return true;
    }

    /// <summary>True when every calendar event is as it was (same credentials, same events).</summary>
    public bool SameEvents => sameCount && plan.Pending.All(i => plan.Previous[i] is { } old && old.CalendarEvents.SequenceEqual(plan.Renders[i]!.CalendarEvents));

    private static HashSet<string> AffectedTerms(IEnumerable<CredentialRender> renders)
    {
        var affected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var render in renders)
        {
            foreach (var kind in ListKinds.All)
            {
                foreach (var slug in render.SlugsOf(kind)) affected.Add(kind.PathOf(slug) + "index.html");
            }
        }
        return affected;
    }
}
