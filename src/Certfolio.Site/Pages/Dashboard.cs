using Certfolio.Core.Model;
using Certfolio.Core.Status;
using Certfolio.Interop.LinkedIn;
using Certfolio.Site.Languages;
using Certfolio.Site.Publishing;
using Certfolio.Site.Stages;
using Certfolio.Site.Templates;

namespace Certfolio.Site.Pages;

/// <summary>
/// The owner's dashboard (<c>/owner/</c>, owner builds only): what needs attention, credits per credential, the
/// calendar and the add-to-profile links, from the same tracking report <c>certfolio status</c> prints.
/// </summary>
internal static class Dashboard
{
    public static void Write(SiteModel model, PageRenderer renderer, IReadOnlyList<CredentialRender> ordered, ISiteWriter writer)
    {
        var items = new DashboardItem[ordered.Count];
        var attention = new List<(DateOnly Due, DashboardItem Item)>();
        var credits = new List<(DateOnly Due, DashboardItem Item)>();
        var counts = new Dictionary<CredentialStatus, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var render = ordered[i];
            var tracking = model.Tracking.Of(render.Credential);
            var item = Item(render, tracking, model);
            items[i] = item;
            counts[tracking.Status] = counts.GetValueOrDefault(tracking.Status) + 1;
            var due = tracking.NextDeadline ?? tracking.Expires ?? DateOnly.MaxValue;
            if (tracking.NeedsAttention(model.Config.ExpiringDays, model.Today)) attention.Add((due, item));
            if (tracking.Credits is { } progress) credits.Add((progress.Due, item));
        }
        var view = new DashboardView
        {
            // Stable sorts over list order: the same deadline keeps the newest credential first.
            Attention = attention.OrderBy(a => a.Due).Select(a => a.Item).ToArray(),
            Credits = credits.OrderBy(c => c.Due).Select(c => c.Item).ToArray(),
            All = items,
            Counts = new StatusCounts
            {
                Total = ordered.Count,
                Active = counts.GetValueOrDefault(CredentialStatus.Active),
                RenewalOpen = counts.GetValueOrDefault(CredentialStatus.RenewalOpen),
                Expiring = counts.GetValueOrDefault(CredentialStatus.Expiring),
                Expired = counts.GetValueOrDefault(CredentialStatus.Expired),
                NoExpiry = counts.GetValueOrDefault(CredentialStatus.NoExpiry),
                Current = ordered.Count - counts.GetValueOrDefault(CredentialStatus.Expired),
            },
        };
        var page = new PageView
        {
            Kind = "dashboard",
            Title = model.Strings.Get("dashboard.title"),
            Description = model.Strings.Get("dashboard.description"),
            Url = model.Urls.Url(Disclosure.DashboardPath),
        };
        renderer.RenderPage("dashboard", page, bytes => writer.Write(Disclosure.DashboardPath + "index.html", bytes), ("dashboard", view));
    }

    private static DashboardItem Item(CredentialRender render, CredentialTracking tracking, SiteModel model) => new()
    {
        Title = render.View.Title,
        Provider = render.View.Provider,
        Url = render.View.Url,
        Status = tracking.Status.ToSlug(),
        StatusLabel = model.Strings.Status(tracking.Status),
        Expires = render.View.Expires,
        ExpiresIso = render.View.ExpiresIso,
        NextAction = TrackingText.NextAction(tracking.Next, model.Strings, model.Config.DateFormat),
        NextDeadline = tracking.NextDeadline is { } due ? model.FormatDate(due, tracking.Next.DatePrecision) : null,
        NextDeadlineIso = tracking.NextDeadline is { } dueIso ? SiteModel.Iso(dueIso) : null,
        Credits = tracking.Policy is not null && tracking.Credits is { } credits ? CredentialPage.Credits(credits, model) : null,
        LinkedInUrl = LinkedInAddToProfile.UrlFor(render.Credential),
    };
}
