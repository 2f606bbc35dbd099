namespace Certfolio.Interop.OpenBadges;

/// <summary>
/// Credly hosts its badges' Open Badges 2.0 assertions at <c>https://api.credly.com/v1/obi/v2/badge_assertions/{id}</c>,
/// JSON for machines; the same badge's page, the one a person verifies on and Credly's own <c>badges.json</c> import
/// gives, is <c>https://www.credly.com/badges/{id}</c>. Taking the page as the verification URL makes a hosted assertion
/// the same credential as its badge imported from Credly, never a second document.
/// </summary>
public static class CredlyAssertion
{
    private const string AssertionPath = "/v1/obi/v2/badge_assertions/";

    /// <summary>The public badge page of a Credly assertion URL; any other URL as it is.</summary>
    public static string PublicPage(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || !(uri.Host.Equals("api.credly.com", StringComparison.OrdinalIgnoreCase) || uri.Host.Equals("api.youracclaim.com", StringComparison.OrdinalIgnoreCase))
            || !uri.AbsolutePath.StartsWith(AssertionPath, StringComparison.OrdinalIgnoreCase))
            return url;
        var id = uri.AbsolutePath[AssertionPath.Length..].TrimEnd('/');
        return id.Length > 0 && !id.Contains('/', StringComparison.Ordinal) && Guid.TryParse(id, out _) ? "https://www.credly.com/badges/" + id : url;
    }
}
