namespace Certfolio.Core.Validation;

/// <summary>
/// The one rule for URLs that reach an attribute, a calendar or a feed: http, https, mailto, scheme-less relative
/// references and fragments pass; every other scheme (<c>javascript:</c>, <c>data:</c>, <c>vbscript:</c>, …) and any
/// control character is refused. The site applies it when it renders (Certfolio.Site's UrlPolicy), and <c>check</c>
/// applies it to the same values, so what passes <c>check</c> is what the site publishes.
/// </summary>
public static class SafeUrl
{
    public static bool IsSafe(string? url)
    {
        if (url is null) return false;
        var value = url.AsSpan().Trim();
        // Browsers drop tabs and newlines inside a scheme ("java\tscript:"), so any control character is refused.
        if (value.IndexOfAny(Refused) >= 0) return false;
        var colon = value.IndexOf(':');
        if (colon < 0) return true;
        var delimiter = value.IndexOfAny('/', '?', '#');
        if (delimiter >= 0 && delimiter < colon) return true;
        var scheme = value[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
               || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
               || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every control character (<see cref="char.IsControl(char)"/>: C0, DEL and C1) and the Unicode line and paragraph separators.</summary>
    private static readonly System.Buffers.SearchValues<char> Refused = System.Buffers.SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Append(0x2028).Append(0x2029).Select(c => (char)c)));

    /// <summary>An absolute http(s) URL with a host that <see cref="IsSafe"/> also passes: what a verification link must be.</summary>
    public static bool IsHttp(string? url) =>
        IsSafe(url) && Uri.TryCreate(url!.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host);
}
