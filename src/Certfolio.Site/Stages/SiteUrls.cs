using Certfolio.Site.Pages;

namespace Certfolio.Site.Stages;

/// <summary>
/// Where everything is: the effective base URL and base path of a build, and the site path of each generated page.
/// A site path is relative with no leading slash (<c>certifications/x/</c>); a URL has the base path in front.
/// </summary>
internal sealed class SiteUrls
{
    public const string CalendarPath = "calendar.ics";

    /// <param name="baseUrl">The absolute base URL ending in '/', or null for a site without absolute URLs.</param>
    public SiteUrls(string? baseUrl)
    {
        BaseUrl = baseUrl;
        var basePath = baseUrl is null ? "/" : new Uri(baseUrl).AbsolutePath;
        BasePath = basePath.EndsWith('/') ? basePath : basePath + "/";
    }

    /// <summary>The base URL a build uses: the option's, else certfolio.yaml's unless ignored, always ending in '/'.</summary>
    public static SiteUrls For(SiteOptions options, string? configured) =>
        new(options.BaseUrl is { } overridden ? (overridden.EndsWith('/') ? overridden : overridden + "/")
            : options.IgnoreConfiguredBaseUrl ? null : configured);

    public string? BaseUrl { get; }

    public string BasePath { get; }

    public string Url(string sitePath) => BasePath + sitePath;

    public string? Absolute(string sitePath) => BaseUrl is null ? null : BaseUrl + sitePath;

    public static string CredentialPath(string slug) => $"certifications/{slug}/";

    /// <summary>A term as a link to its page.</summary>
    public TermLink Link(ListKind kind, Term term, int count = 0) => new(term.Name, term.Slug, Url(kind.PathOf(term.Slug)), count);
}
