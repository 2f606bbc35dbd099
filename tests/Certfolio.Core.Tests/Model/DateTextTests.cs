using Certfolio.Core.Model;

namespace Certfolio.Core.Tests.Model;

/// <summary>A date known to the month is shown in the configured format's month form, never as its first day.</summary>
public sealed class DateTextTests
{
    private static readonly DateOnly June30 = new(2024, 6, 30);

    [Theory]
    [InlineData("dd.MM.yyyy", "06.2024")]
    [InlineData("d.M.yyyy", "6.2024")]
    [InlineData("yyyy-MM-dd", "2024-06")]
    [InlineData("MM/dd/yyyy", "06/2024")]
    [InlineData("dd/MM/yyyy", "06/2024")]
    [InlineData("MMMM d, yyyy", "June 2024")]
    [InlineData("d MMM yyyy", "Jun 2024")]
    [InlineData("ddd, dd MMM yyyy", "Jun 2024")]
    [InlineData("dd 'of' MMMM yyyy", "2024-06")]
    public void A_month_takes_the_day_and_its_separator_out_of_the_format(string format, string expected)
    {
        Assert.Equal(expected, DateText.Format(June30, DatePrecision.Month, format));
    }

    [Theory]
    [InlineData(DatePrecision.Day, "30.06.2024")]
    [InlineData(DatePrecision.Year, "2024")]
    public void A_day_keeps_the_format_and_a_year_is_the_year(DatePrecision precision, string expected)
    {
        Assert.Equal(expected, DateText.Format(June30, precision, "dd.MM.yyyy"));
    }

    [Theory]
    [InlineData("2024-06-01", DatePrecision.Month, "2024-06-01", "2024-06-30")]
    [InlineData("2024-02-10", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2023-02-10", DatePrecision.Month, "2023-02-01", "2023-02-28")]
    [InlineData("2024-06-15", DatePrecision.Year, "2024-01-01", "2024-12-31")]
    [InlineData("2024-06-15", DatePrecision.Day, "2024-06-15", "2024-06-15")]
    public void A_period_runs_from_its_first_to_its_last_day(string date, DatePrecision precision, string first, string last)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DatePeriod.FirstDay(day, precision));
        Assert.Equal(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), DatePeriod.LastDay(day, precision));
    }
}
