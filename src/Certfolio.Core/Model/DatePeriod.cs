namespace Certfolio.Core.Model;

/// <summary>
/// The days a date known only to its month or year stands for. An issue date counts from the first day of its
/// period (a credential earned "June 2024" is held from 01.06.2024); an expiry lasts to the last day (a credential
/// that "expires June 2024" is still valid on 30.06.2024), so nothing is called expired before it is.
/// </summary>
public static class DatePeriod
{
    /// <summary>The front matter key that records the precision.</summary>
    public const string Key = "datePrecision";

    public static DateOnly FirstDay(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => new DateOnly(date.Year, date.Month, 1),
        DatePrecision.Year => new DateOnly(date.Year, 1, 1),
        _ => date,
    };

    public static DateOnly LastDay(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Month => new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)),
        DatePrecision.Year => new DateOnly(date.Year, 12, 31),
        _ => date,
    };

    /// <summary>The precision a <c>datePrecision</c> value names: <c>month</c>, <c>year</c>, anything else a day.</summary>
    public static DatePrecision Parse(object? value) => value switch
    {
        string s when s.Trim().Equals("month", StringComparison.OrdinalIgnoreCase) => DatePrecision.Month,
        string s when s.Trim().Equals("year", StringComparison.OrdinalIgnoreCase) => DatePrecision.Year,
        _ => DatePrecision.Day,
    };

    /// <summary>The word written for a precision: <c>day</c>, <c>month</c>, <c>year</c>.</summary>
    public static string Name(DatePrecision precision) => precision switch
    {
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        _ => "day",
    };
}
