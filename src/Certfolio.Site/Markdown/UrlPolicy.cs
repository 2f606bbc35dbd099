namespace Certfolio.Site.Markdown;

/// <summary>
/// The one rule for URLs that reach an attribute: http, https, mailto, scheme-less relative references and
/// fragments pass; every other scheme (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, …) becomes <c>#</c>.
/// Used by the Markdown link check and by the templates' <c>url</c> filter.
/// </summary>
public static class UrlPolicy
{
    public const string Blocked = "#";

    /// <summary>Core's <see cref="Core.Validation.SafeUrl"/>, the rule <c>check</c> applies to the same values.</summary>
    public static bool IsSafe(string? url) => Core.Validation.SafeUrl.IsSafe(url);

    /// <summary>The URL itself when safe, else <see cref="Blocked"/>.</summary>
    public static string Clean(string? url) => IsSafe(url) ? url!.Trim() : Blocked;

    /// <summary>True for <c>/path</c> (but not <c>//host</c>): a link that must carry the site's base path.</summary>
    public static bool IsRootRelative(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>True for an absolute http(s) URL.</summary>
    public static bool IsHttp(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
