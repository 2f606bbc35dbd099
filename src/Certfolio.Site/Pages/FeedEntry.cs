using System.Globalization;
using Certfolio.Site.Languages;
using Certfolio.Site.Stages;

namespace Certfolio.Site.Pages;

/// <summary>
/// One credential's <c>&lt;entry&gt;</c> in <c>/feed.xml</c>: everything the feed writer reads of a credential, made in
/// one place. The feed writes entries from this record alone, and a rebuild's digest of what a credential shows on
/// the site-wide files (<see cref="ListContribution"/>) covers the record whole, so a field the feed starts to show
/// is in the digest without anyone listing it there.
/// </summary>
internal sealed record FeedEntry(string Title, string Id, string Timestamp, string Link, string Summary, string Category)
{
    public static FeedEntry Of(CredentialView view, DateOnly issued, SiteUrls urls, Strings strings)
    {
        var path = SiteUrls.CredentialPath(view.Slug);
        var absolute = urls.Absolute(path);
        return new FeedEntry(view.Title, absolute ?? $"urn:certfolio:credential:{view.Slug}", TimestampOf(issued), absolute ?? view.Url,
            view.Description ?? DefaultSummary(view, strings), view.Provider);
    }

    /// <summary>The description of a credential that has none: "AZ-104, issued by Microsoft on 15.08.2024.".</summary>
    public static string DefaultSummary(CredentialView view, Strings strings) =>
        strings.Format("credential.description", ("title", view.Title), ("provider", view.Provider), ("date", view.Issued));

    /// <summary>An Atom date-time for a day: midnight UTC.</summary>
    public static string TimestampOf(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
