using Certfolio.Core.Model;
using Certfolio.Site.Pages;

namespace Certfolio.Site.Incremental;

/// <summary>
/// The last build's lists with the leaving renders taken out and the entering ones put in, by binary search and one
/// copy of each touched list (the last lists stay as they were). Each returns null when the splice cannot be exact
/// (see <see cref="SortedSplice.Plan{T}"/>); the rebuild then sorts and groups everything again.
/// </summary>
internal static class ListSplices
{
    /// <summary>The term pages' members; groups left empty disappear.</summary>
    public static ListGroups? Splice(ListGroups last, IReadOnlyCollection<CredentialRender> leaving, IReadOnlyCollection<CredentialRender> entering)
    {
        var byKind = new Dictionary<string, IReadOnlyList<CredentialRender>>[last.ByKind.Count];
        for (var k = 0; k < byKind.Length; k++)
        {
            if (Splice(last.ByKind[k], leaving, entering, k) is not { } spliced) return null;
            byKind[k] = spliced;
        }
        return new ListGroups(byKind);
    }

    /// <summary>The home page's current and expired lists, their cards beside them, and its counts.</summary>
    public static HomeLists? Splice(HomeLists last, IReadOnlyCollection<CredentialRender> leaving, IReadOnlyCollection<CredentialRender> entering)
    {
        static bool IsExpired(CredentialRender r) => r.Status == CredentialStatus.Expired;
        var current = SortedSplice.Plan(last.Current, leaving.Where(r => !IsExpired(r)), entering.Where(r => !IsExpired(r)), ListOrder.Instance);
        var expired = SortedSplice.Plan(last.Expired, leaving.Where(IsExpired), entering.Where(IsExpired), ListOrder.Instance);
        if (current is null || expired is null) return null;
        var statuses = new Dictionary<CredentialStatus, int>(last.Statuses);
        var levels = new Dictionary<string, int>(last.Levels, StringComparer.Ordinal);
        HomeLists.Count(statuses, levels, leaving, -1);
        HomeLists.Count(statuses, levels, entering, 1);
        return new HomeLists(current.Apply(last.Current, r => r), current.Apply(last.CurrentCards, r => r.Card),
            expired.Apply(last.Expired, r => r), expired.Apply(last.ExpiredCards, r => r.Card), statuses, levels);
    }

    /// <summary>The calendar's events in the writer's order (an event missing, or two with the same date and UID, is not exact).</summary>
    public static CalendarFragment[]? Splice(IReadOnlyList<CalendarFragment> sorted, IEnumerable<CredentialRender> leaving, IEnumerable<CredentialRender> entering) =>
        SortedSplice.Apply(sorted, leaving.SelectMany(r => r.CalendarEvents), entering.SelectMany(r => r.CalendarEvents), CalendarOrder.Instance);

    private static Dictionary<string, IReadOnlyList<CredentialRender>>? Splice(Dictionary<string, IReadOnlyList<CredentialRender>> groups,
        IReadOnlyCollection<CredentialRender> leaving, IReadOnlyCollection<CredentialRender> entering, int kind)
    {
        var touched = leaving.SelectMany(r => r.TermSlugs[kind]).Concat(entering.SelectMany(r => r.TermSlugs[kind])).ToHashSet(StringComparer.Ordinal);
        var result = new Dictionary<string, IReadOnlyList<CredentialRender>>(groups, StringComparer.Ordinal);
        foreach (var key in touched)
        {
            var members = groups.GetValueOrDefault(key) ?? [];
            var spliced = SortedSplice.Apply(members, leaving.Where(r => r.TermSlugs[kind].Contains(key, StringComparer.Ordinal)),
                entering.Where(r => r.TermSlugs[kind].Contains(key, StringComparer.Ordinal)), ListOrder.Instance);
            if (spliced is null) return null;
            if (spliced.Length == 0) result.Remove(key);
            else result[key] = spliced;
        }
        return result;
    }
}
