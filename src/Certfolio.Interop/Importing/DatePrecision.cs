namespace Certfolio.Interop.Importing;

/// <summary>How much of a date the source really knew. Month and year dates are stored as the first day, never invented.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
