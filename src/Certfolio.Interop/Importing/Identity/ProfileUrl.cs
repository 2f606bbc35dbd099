namespace Certfolio.Interop.Importing.Identity;

/// <summary>
/// A link to a person's profile rather than to one credential: Credly's <c>/users/…</c> and LinkedIn's <c>/in/…</c>.
/// People give their profile as the certificate link of every item, so such a link identifies nobody's credential.
/// </summary>
public static class ProfileUrl
{
    private static readonly (string Host, string Path)[] Profiles =
    [
        ("credly.com", "/users/"),
        ("youracclaim.com", "/users/"),
        ("linkedin.com", "/in/"),
    ];

    public static bool IsProfile(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)) return false;
        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return Profiles.Any(p => string.Equals(host, p.Host, StringComparison.OrdinalIgnoreCase)
                                 && uri.AbsolutePath.StartsWith(p.Path, StringComparison.OrdinalIgnoreCase));
    }
}
