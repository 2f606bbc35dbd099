namespace Certfolio.Core.Model;

/// <summary>
/// Date arithmetic that stops at <see cref="DateOnly.MinValue"/> and <see cref="DateOnly.MaxValue"/> instead of
/// throwing: a renewal window or a reminder computed from a far date must not end a command.
/// </summary>
public static class SaturatingDate
{
    public static DateOnly AddDays(DateOnly date, int days)
    {
        var number = (long)date.DayNumber + days;
        return number < DateOnly.MinValue.DayNumber ? DateOnly.MinValue
            : number > DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue
            : DateOnly.FromDayNumber((int)number);
    }

    public static DateOnly AddMonths(DateOnly date, int months)
    {
        var total = (long)date.Year * 12 + date.Month - 1 + months;
        if (total < 12) return DateOnly.MinValue;
        if (total >= 10000L * 12) return DateOnly.MaxValue;
        return date.AddMonths(months);
    }

    public static DateOnly AddYears(DateOnly date, int years) => AddMonths(date, (int)Math.Clamp((long)years * 12, int.MinValue, int.MaxValue));
}
