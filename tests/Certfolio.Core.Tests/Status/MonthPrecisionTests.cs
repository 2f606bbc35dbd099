using Certfolio.Core.Model;
using Certfolio.Core.Status;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Status;

/// <summary>Dates known only to the month (<c>datePrecision: month</c>, as LinkedIn's "Jun 2024"), on a pinned day.</summary>
public sealed class MonthPrecisionTests
{
    // Imported from LinkedIn: "Started On: Jun 2021", "Finished On: Jun 2024".
    private const string MonthPrecise = "title: Widget Expert\ndate: 01.06.2021\nprovider: Widget Guild\nexpiryDate: 01.06.2024\ndatePrecision: month";

    [Theory]
    [InlineData("2024-06-01", CredentialStatus.Expiring, 29)]
    [InlineData("2024-06-15", CredentialStatus.Expiring, 15)]
    [InlineData("2024-06-30", CredentialStatus.Expiring, 0)]
    [InlineData("2024-07-01", CredentialStatus.Expired, -1)]
    public void An_expiry_known_to_the_month_is_valid_to_the_end_of_that_month(string today, CredentialStatus expected, int daysLeft)
    {
        // Given a credential that expires "June 2024"
        using var portfolio = new TrackingPortfolio().Cert("widget", MonthPrecise);

        // When tracked on days of June and the first of July
        var entry = portfolio.TrackOne(today);

        // Then it is valid through 30 June and expired from 1 July
        Assert.Equal(expected, entry.Status);
        Assert.Equal(daysLeft, entry.DaysLeft);
        Assert.Equal(new DateOnly(2024, 6, 30), entry.Expires);
    }

    [Fact]
    public void An_expiry_known_to_the_day_still_ends_on_that_day()
    {
        // Given the same dates written with a day
        using var portfolio = new TrackingPortfolio().Cert("widget", MonthPrecise.Replace("\ndatePrecision: month", ""));

        // When tracked on 2 June
        var entry = portfolio.TrackOne("2024-06-02");

        // Then it expired after 1 June
        Assert.Equal(CredentialStatus.Expired, entry.Status);
        Assert.Equal(new DateOnly(2024, 6, 1), entry.Expires);
    }

    [Fact]
    public void An_expiry_known_to_the_year_is_valid_to_the_end_of_that_year()
    {
        using var portfolio = new TrackingPortfolio().Cert("widget", "title: W\ndate: 01.01.2021\nprovider: Widget Guild\nexpiryDate: 01.01.2024\ndatePrecision: year");

        var entry = portfolio.TrackOne("2024-12-31");

        Assert.Equal(new DateOnly(2024, 12, 31), entry.Expires);
        Assert.NotEqual(CredentialStatus.Expired, entry.Status);
    }

    [Fact]
    public void An_issue_date_known_to_the_month_counts_from_the_first_and_the_cycle_from_it()
    {
        // Given a CISSP earned "June 2024", with no expiry written: the built-in 3-year cycle applies
        using var portfolio = new TrackingPortfolio().Cert("cissp", "title: CISSP\ndate: 01.06.2024\nprovider: ISC2\ndatePrecision: month");

        // When tracked
        var entry = portfolio.TrackOne("2025-01-01");

        // Then it is held from 1 June, and the derived expiry is a day, three years on
        Assert.Equal(new DateOnly(2024, 6, 1), entry.Credential.Issued);
        Assert.Equal(new DateOnly(2027, 6, 1), entry.Expires);
        Assert.Equal(DatePrecision.Day, entry.ExpiresPrecision);
    }

    [Theory]
    [InlineData("2024-06-15", "Expired after 06.2024: earn it again", false)]
    [InlineData("2024-07-02", "Expired after 06.2024: earn it again", true)]
    public void Next_actions_name_the_month_not_a_day_nobody_wrote(string today, string expected, bool expired)
    {
        // Given a credential that expires "June 2024"
        using var portfolio = new TrackingPortfolio().Cert("widget", MonthPrecise);

        // When tracked
        var entry = portfolio.TrackOne(today);

        // Then the action names the month (and never 01.06.2024)
        if (expired) Assert.Equal(expected, entry.NextAction);
        else Assert.Equal("Renew by the end of 06.2024", entry.NextAction);
        Assert.DoesNotContain("01.06.2024", entry.NextAction);
    }

    [Fact]
    public void Milestones_carry_the_precision_of_the_dates_they_show()
    {
        using var portfolio = new TrackingPortfolio().Cert("widget", MonthPrecise);

        var milestones = portfolio.TrackOne("2023-01-01").Milestones(new DateOnly(2023, 1, 1));

        Assert.All(milestones.Where(m => m.Kind is MilestoneKind.Issued or MilestoneKind.Expiry), m => Assert.Equal(DatePrecision.Month, m.Precision));
    }
}
