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
    /// <summary>
    /// The most lines each list shows. A team's portfolio of 10,000 made a 7.7 MB page, no use to read and 60-120 ms of
    /// every preview rebuild; the rest are one command (<c>certfolio status</c>) or one credential page away.
    /// </summary>
    public const int ListLength = 200;

    public static void Write(SiteModel model, PageRenderer renderer, IReadOnlyList<CredentialRender> ordered, ISiteWriter writer)
    {
        var items = new DashboardItem[ordered.Count];
        var attention = new List<(DateOnly Due, DashboardItem Item)>();
        var credits = new List<(DateOnly Due, DashboardItem Item)>();
        var counts = new int[Enum.GetValues<CredentialStatus>().Length];
        for (var i = 0; i < ordered.Count; i++)
        {
            var render = ordered[i];
            var line = render.DashboardLine ?? Line(render.View, render.Credential, model.Tracking.Of(render.Credential), model);
            items[i] = line.Item;
            counts[(int)line.Status]++;
            if (line.NeedsAttention) attention.Add((line.Due, line.Item));
            if (line.CreditsDue is { } due) credits.Add((due, line.Item));
        }
        var view = new DashboardView
        {
            // Stable sorts over list order: the same deadline keeps the newest credential first.
            Attention = attention.OrderBy(a => a.Due).Select(a => a.Item).Take(ListLength).ToArray(),
            AttentionMore = Math.Max(0, attention.Count - ListLength),
            Credits = credits.OrderBy(c => c.Due).Select(c => c.Item).Take(ListLength).ToArray(),
            CreditsMore = Math.Max(0, credits.Count - ListLength),
            All = items[..Math.Min(items.Length, ListLength)],
            AllMore = Math.Max(0, items.Length - ListLength),
            Counts = new StatusCounts
            {
                Total = ordered.Count,
                Active = counts[(int)CredentialStatus.Active],
                RenewalOpen = counts[(int)CredentialStatus.RenewalOpen],
                Expiring = counts[(int)CredentialStatus.Expiring],
                Expired = counts[(int)CredentialStatus.Expired],
                NoExpiry = counts[(int)CredentialStatus.NoExpiry],
                Current = ordered.Count - counts[(int)CredentialStatus.Expired],
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

    /// <summary>
    /// One credential's line on the dashboard and its place there: made in the render stage, with its page (owner builds
    /// only), so a rebuild makes only the changed credentials' lines (at 10,000 making them all took 50-100 ms of every
    /// edit, and looking up every tracking to place them another 15).
    /// </summary>
    public static DashboardLine Line(CredentialView view, Credential credential, CredentialTracking tracking, SiteModel model) => new(
        Item(view, credential, tracking, model),
        tracking.Status,
        tracking.NeedsAttention(model.Config.ExpiringDays, model.Today),
        tracking.NextDeadline ?? tracking.Expires ?? DateOnly.MaxValue,
        tracking.Credits?.Due);

    private static DashboardItem Item(CredentialView view, Credential credential, CredentialTracking tracking, SiteModel model) => new()
    {
        Title = view.Title,
        Provider = view.Provider,
        Url = view.Url,
        Status = tracking.Status.ToSlug(),
        StatusLabel = model.Strings.Status(tracking.Status),
        Expires = view.Expires,
        ExpiresIso = view.ExpiresIso,
        NextAction = TrackingText.NextAction(tracking.Next, model.Strings, model.Config.DateFormat),
        NextDeadline = tracking.NextDeadline is { } due ? model.FormatDate(due, tracking.Next.DatePrecision) : null,
        NextDeadlineIso = tracking.NextDeadline is { } dueIso ? SiteModel.Iso(dueIso) : null,
        Credits = tracking.Policy is not null && tracking.Credits is { } credits ? CredentialPage.Credits(credits, model) : null,
        LinkedInUrl = LinkedInAddToProfile.UrlFor(credential),
    };
}
