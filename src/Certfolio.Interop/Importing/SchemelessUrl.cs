using System.Text.RegularExpressions;

namespace Certfolio.Interop.Importing;

/// <summary>
/// A web address typed without its scheme (<c>credly.com/badges/…</c>, <c>www.coursera.org/…</c>), as LinkedIn's
/// form accepts it. Only text that starts with a host name (labels with a dot, no spaces) is completed.
/// </summary>
public static partial class SchemelessUrl
{
    [GeneratedRegex(@"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(?::[0-9]{1,5})?(?:[/?#]\S*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostFirst();

    /// <summary>The address with <c>https://</c> in front, or null when <paramref name="text"/> has a scheme or is no address.</summary>
    public static string? Complete(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Contains("://", StringComparison.Ordinal) || !HostFirst().IsMatch(trimmed)) return null;
        var completed = "https://" + trimmed;
        return Json.JsonInput.IsHttpUrl(completed) ? completed : null;
    }
}
