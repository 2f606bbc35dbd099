namespace Certfolio.Server.Http;

/// <summary>
/// Turns a request target into a site path, refusing anything that could name a file outside the site: dot
/// segments (plain or percent-encoded), encoded slashes and backslashes, double encoding, NUL and control characters.
/// The site is served from memory, so this is defence in depth rather than the only wall.
/// </summary>
public static class RequestPath
{
    private static readonly string[] ForbiddenRaw = ["%2e", "%2f", "%5c", "%25", "%00", "\\", "/./", "/../"];

    /// <summary>The site path for a raw request target (<c>/a/b/?q</c> → <c>a/b/</c>), or null when the target is refused.</summary>
    /// <param name="rawTarget">The request target as the client sent it.</param>
    /// <param name="decodedPath">The server's percent-decoded path.</param>
    public static string? ToSitePath(string rawTarget, string decodedPath)
    {
        var rawPath = rawTarget;
        var query = rawPath.IndexOfAny(['?', '#']);
        if (query >= 0) rawPath = rawPath[..query];
        if (!rawPath.StartsWith('/')) return null;
        foreach (var bad in ForbiddenRaw)
        {
            if (rawPath.Contains(bad, StringComparison.OrdinalIgnoreCase)) return null;
        }
        if (rawPath.EndsWith("/..", StringComparison.Ordinal) || rawPath.EndsWith("/.", StringComparison.Ordinal)) return null;

        if (!decodedPath.StartsWith('/')) return null;
        var path = decodedPath[1..];
        if (path.Any(c => char.IsControl(c) || c is '\\' or ':' or '%')) return null;
        foreach (var segment in path.Split('/'))
        {
            if (segment is "." or "..") return null;
        }
        if (path.StartsWith('/') || path.Contains("//", StringComparison.Ordinal)) return null;
        return path;
    }
}
