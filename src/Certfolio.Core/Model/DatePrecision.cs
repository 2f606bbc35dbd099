namespace Certfolio.Core.Model;

/// <summary>
/// How much of a credential's dates the source really knew (<c>datePrecision: month</c> or <c>year</c> in the
/// front matter, written by import). Such dates are stored as the first day of their month or year, never
/// invented; an expiry known to the month is valid to the end of that month (<see cref="DatePeriod"/>).
/// </summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
