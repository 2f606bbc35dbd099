using System.Runtime.CompilerServices;

namespace Certfolio.Site.Pages;

/// <summary>
/// The home timeline's provider bars of a large portfolio, each computed once per member list. A rebuild keeps the
/// member lists of untouched providers (the same array objects, never changed), so the cache lives with the build's
/// state and is handed to the next rebuild; a list that is gone takes its bar with it.
/// </summary>
internal sealed class ProviderBars
{
    private readonly ConditionalWeakTable<IReadOnlyList<CredentialRender>, TimelineBar> _bars = new();

    public TimelineBar For(IReadOnlyList<CredentialRender> members) => _bars.GetValue(members, Compute);

    private static TimelineBar Compute(IReadOnlyList<CredentialRender> members)
    {
        var end = members.Any(m => m.Expires is null) ? (DateOnly?)null : members.Max(m => m.Expires!.Value);
        var status = members.Select(m => m.Status).OrderBy(ListPages.StatusOrder).First();
        var first = members[0];
        var earned = members.GroupBy(m => m.Credential.Issued.Year).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())).ToArray();
        return new TimelineBar($"{first.Credential.Provider} ({members.Count})", members.Min(m => m.Credential.Issued), end, status, first.View.ProviderLink.Url, earned);
    }
}
