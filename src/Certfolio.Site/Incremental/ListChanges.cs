using Certfolio.Site.Pages;
using Certfolio.Site.Stages;

namespace Certfolio.Site.Incremental;

/// <summary>What a rebuild changed on the lists, so only the files that show it are written again.</summary>
/// <param name="pageSize">Cards per list page: a term whose page count changed has pages that came or went.</param>
internal sealed class ListChanges(SiteState previous, RenderPlan plan, CredentialRender[] entering, ListModel lists, bool sameCount, int pageSize) : IPublishSelection
{
    public bool Term(string pagePath) => Terms.Contains(pagePath);

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
