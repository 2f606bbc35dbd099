using Certfolio.Core.Model;

namespace Certfolio.Site.Pages;

/// <summary>
/// A credential on the owner's dashboard: its line, and what places it there, taken from its tracking when its page is
/// rendered (owner builds only), so the dashboard is assembled from the renders without looking up 10,000 trackings.
/// </summary>
/// <param name="Status">The tracked status, counted in the dashboard's totals.</param>
/// <param name="NeedsAttention">Whether it is on the "needs attention" list (as <c>certfolio status</c> decides).</param>
/// <param name="Due">The date that list is ordered by: the next deadline, else the expiry, else none (last).</param>
/// <param name="CreditsDue">When its policy's credits are due, for the credits list; null when it asks for none.</param>
internal sealed record DashboardLine(DashboardItem Item, CredentialStatus Status, bool NeedsAttention, DateOnly Due, DateOnly? CreditsDue);
