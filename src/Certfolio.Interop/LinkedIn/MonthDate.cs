using System.Globalization;
using Certfolio.Core.Binding;
using Certfolio.Interop.Importing;

namespace Certfolio.Interop.LinkedIn;

/// <summary>LinkedIn's dates: <c>Oct 2023</c> (month), <c>2018</c> (year), or a full date in our own CSV columns.</summary>
public static class MonthDate
{
    private static readonly string[] MonthFormats = ["MMM yyyy", "MMMM yyyy", "MMM. yyyy", "MM/yyyy", "yyyy-MM"];

    public static (DateOnly Date, DatePrecision Precision)? Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0) return null;
        if (trimmed.Length == 4 && int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999)
            return (new DateOnly(year, 1, 1), DatePrecision.Year);
        if (DateTime.TryParseExact(trimmed, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
            return (new DateOnly(month.Year, month.Month, 1), DatePrecision.Month);
        if (DateValue.TryParse(trimmed) is { } day) return (day, DatePrecision.Day);
        return null;
    }

    /// <summary>LinkedIn's own form of a date: <c>Aug 2024</c>.</summary>
    public static string Format(DateOnly date, DatePrecision precision = DatePrecision.Month) =>
        precision == DatePrecision.Year
            ? date.Year.ToString(CultureInfo.InvariantCulture)
            : date.ToString("MMM yyyy", CultureInfo.InvariantCulture);
}
