using System.Globalization;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;

namespace Certfolio.Core.Status;

/// <summary>
/// Where a document that did not load stands on a given day. It always needs attention (a typo must not switch an
/// alert off); when its expiry date was still readable, the days left are known too.
/// </summary>
public sealed record InvalidTracking(InvalidDocument Document, DateOnly Today, int ExpiringDays)
{
    public DateOnly? Expires => Document.Expires;

    /// <summary>Whole days from today to the readable expiry date, negative once expired; null when unreadable.</summary>
    public int? DaysLeft => Expires is { } expires ? expires.DayNumber - Today.DayNumber : null;

    /// <summary>The status the readable expiry date alone gives, or null when there is none.</summary>
    public CredentialStatus? DateStatus => Expires is null ? null : StatusCalculator.Compute(Expires, Today, ExpiringDays);

    /// <summary>The stable name in JSON: <c>invalid</c>.</summary>
    public const string StatusSlug = "invalid";

    /// <summary>"invalid", or "invalid (expires in 42 days)" when the expiry date was readable.</summary>
    public string Label => DaysLeft switch
    {
        null => StatusSlug,
        0 => $"{StatusSlug} (expires today)",
        < 0 and var past => $"{StatusSlug} (expired {Days(-past)} ago)",
        var left => $"{StatusSlug} (expires in {Days(left.Value)})",
    };

    /// <summary>What to do: fix the first error, quoted with its position.</summary>
    public string NextAction
    {
        get
        {
            var error = Document.FirstError;
            return $"Fix {Document.RelativePath}:{error.Location.Line}:{error.Location.Column}: {error.Id}: {error.Message}";
        }
    }

    private static string Days(int days) => string.Create(CultureInfo.InvariantCulture, $"{days} day{(days == 1 ? "" : "s")}");
}
