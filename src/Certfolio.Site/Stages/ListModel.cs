using Certfolio.Site.Pages;

namespace Certfolio.Site.Stages;

/// <summary>
/// The output of the Lists stage: every render in list order, the members of every term page, the home page's lists
/// and counts, and the calendar's events in order. The list pages and site-wide files are assembled from these.
/// </summary>
/// <param name="ProviderBars">The home timeline's provider bars, computed once per member list.</param>
internal sealed record ListModel(CredentialRender[] Ordered, ListGroups Groups, HomeLists Home, CalendarFragment[] Events, ProviderBars ProviderBars)
{
    /// <summary>Lists: sorts every render, groups it by term and gathers the home page's lists and the calendar.</summary>
    public static ListModel From(CredentialRender[] renders)
    {
        var ordered = ListOrder.Sort(renders);
        return new ListModel(ordered, ListGroups.From(ordered), HomeLists.From(ordered), SiteCalendar.Sort(ordered), new ProviderBars());
    }
}
