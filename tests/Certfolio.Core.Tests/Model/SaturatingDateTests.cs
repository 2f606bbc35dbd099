using Certfolio.Core.Model;

namespace Certfolio.Core.Tests.Model;

/// <summary>Date arithmetic stops at the ends of the calendar instead of throwing.</summary>
public sealed class SaturatingDateTests
{
    [Fact]
    public void Stops_at_the_last_day() =>
        Assert.Equal(DateOnly.MaxValue, SaturatingDate.AddDays(new DateOnly(9999, 12, 31), 1));

    [Fact]
    public void Stops_at_the_first_day() =>
        Assert.Equal(DateOnly.MinValue, SaturatingDate.AddDays(new DateOnly(1, 1, 1), -3660));

    [Fact]
    public void Adds_years_and_months_that_fit_as_DateOnly_does()
    {
        var day = new DateOnly(2024, 2, 29);
        Assert.Equal(day.AddYears(3), SaturatingDate.AddYears(day, 3));
        Assert.Equal(day.AddMonths(-25), SaturatingDate.AddMonths(day, -25));
    }

    [Theory]
    [InlineData(9999, 100)]
    [InlineData(9990, int.MaxValue)]
    public void Stops_years_past_the_end(int year, int years) =>
        Assert.Equal(DateOnly.MaxValue, SaturatingDate.AddYears(new DateOnly(year, 6, 1), years));

    [Fact]
    public void Stops_years_before_the_start() =>
        Assert.Equal(DateOnly.MinValue, SaturatingDate.AddYears(new DateOnly(5, 6, 1), -100));
}
