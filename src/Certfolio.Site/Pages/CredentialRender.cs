using Certfolio.Core.Model;
using Certfolio.Site.Markdown;

namespace Certfolio.Site.Pages;

/// <summary>
/// One credential after the render stage: its view, its card HTML (rendered once, reused by every list page that
/// shows it) and what it depends on: <c>TermSlugs</c> holds, per <see cref="ListKind"/> (by its index), the terms it is listed under. Cached between rebuilds by <see cref="SiteState"/>.
/// <c>SiteWideKey</c> joins what the feed, JSON-LD, timeline, sort order and calendar read beyond the card and the
/// search entry. <c>Expires</c> is the tracked expiry: the document's, or derived from the policy's cycle, as <c>status</c> shows it.
/// </summary>
internal sealed record CredentialRender(
    Credential Credential,
    CredentialView View,
    CredentialStatus Status,
    byte[] Card,
    string PagePath,
    IReadOnlyList<AssetCopy> Assets,
    string[][] TermSlugs,
    byte[] SearchEntry,
    DateOnly? Expires,
    string SiteWideKey,
    IReadOnlyList<CalendarFragment> CalendarEvents)
{
    /// <summary>The slugs of the terms of <paramref name="kind"/> this credential's page links to (each has a page listing it).</summary>
    public string[] SlugsOf(ListKind kind) => TermSlugs[kind.Index];

    /// <summary>
    /// True when every site-wide file (home, list pages, search index, feed, sitemap, calendar) would show this
    /// credential exactly as <paramref name="other"/>: same card, same index entry, same data for the rest.
    /// </summary>
    public bool SameOnListsAs(CredentialRender other) =>
        PagePath == other.PagePath && SiteWideKey == other.SiteWideKey
        && Card.AsSpan().SequenceEqual(other.Card) && SearchEntry.AsSpan().SequenceEqual(other.SearchEntry)
        && CalendarEvents.SequenceEqual(other.CalendarEvents);
}
