using Certfolio.Core.Model;
using Certfolio.Site.Markdown;

namespace Certfolio.Site.Pages;

/// <summary>
/// One credential after the render stage: its view, its card HTML (rendered once, reused by every list page that
/// shows it) and what the site-wide files take from it. Cached between rebuilds by <see cref="SiteState"/>.
/// <c>TermSlugs</c> holds, per <see cref="ListKind"/> (by its index), the terms it is listed under;
/// <c>ListsDigest</c> is <see cref="ListContribution.Digest"/> of all it contributes to the site-wide files.
/// <c>Expires</c> is the tracked expiry: the document's, or derived from the policy's cycle, as <c>status</c> shows it;
/// <c>ExpiresPrecision</c> how far it is known (a month-known expiry is named as the month). <c>DashboardLine</c> is its
/// line on the owner's dashboard and what places it there, in builds that have one.
/// </summary>
internal sealed record CredentialRender(
    Credential Credential,
    CredentialView View,
    CredentialStatus Status,
    byte[] Card,
    string PagePath,
    IReadOnlyList<AssetCopy> Assets,
    string[][] TermSlugs,
    SearchRecord Search,
    DateOnly? Expires,
    DatePrecision ExpiresPrecision,
    byte[] ListsDigest,
    IReadOnlyList<CalendarFragment> CalendarEvents,
    DashboardLine? DashboardLine)
{
    /// <summary>The slugs of the terms of <paramref name="kind"/> this credential's page links to (each has a page listing it).</summary>
    public string[] SlugsOf(ListKind kind) => TermSlugs[kind.Index];

    /// <summary>
    /// True when every site-wide file (home, list pages, search index, feed, sitemap, calendar) would show this
    /// credential exactly as <paramref name="other"/>: the same page, and the same digest of all it contributes.
    /// </summary>
    public bool SameOnListsAs(CredentialRender other) =>
        PagePath == other.PagePath && ListsDigest.AsSpan().SequenceEqual(other.ListsDigest);
}
