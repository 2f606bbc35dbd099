using System.Globalization;
using System.Text.RegularExpressions;
using Certfolio.Interop.Importing;

namespace Certfolio.Interop.JsonResume;

/// <summary>JSON Resume's <c>iso8601</c> dates: <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>, written at the precision known.</summary>
public static partial class ResumeDate
{
    // [0-9], not \d: \d also matches Arabic-Indic and full-width digits, which int.Parse refuses.
    [GeneratedRegex(@"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")]
    private static partial Regex Pattern();

    public static (DateOnly Date, DatePrecision Precision)? Parse(string text)
    {
        var match = Pattern().Match(text.Trim());
        if (!match.Success) return Core.Binding.DateValue.TryParse(text) is { } full ? (full, DatePrecision.Day) : null;
        var year = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        var month = match.Groups[2].Success ? int.Parse(match.Groups[2].ValueSpan, CultureInfo.InvariantCulture) : 1;
        var day = match.Groups[3].Success ? int.Parse(match.Groups[3].ValueSpan, CultureInfo.InvariantCulture) : 1;
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        var precision = match.Groups[3].Success ? DatePrecision.Day : match.Groups[2].Success ? DatePrecision.Month : DatePrecision.Year;
        return (new DateOnly(year, month, day), precision);
    }

    public static string Format(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => date.ToString("yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
