using Certfolio.Core.Model;
using Certfolio.Core.Status;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Status;

public sealed class StatusBoundaryTests
{
    // An unknown certifier: only the document's own dates count, so no renewal window.
    private const string Unknown = "title: Widget Expert\ndate: 2024-08-15\nprovider: Widget Guild\nexpiryDate: 2027-08-15";

    [Theory]
    [InlineData("2027-08-14", CredentialStatus.Expiring, 1)]
    [InlineData("2027-08-15", CredentialStatus.Expiring, 0)]
    [InlineData("2027-08-16", CredentialStatus.Expired, -1)]
    public void A_credential_is_valid_on_its_expiry_date_and_expired_the_day_after(string today, CredentialStatus expected, int daysLeft)
    {
        // Given a credential expiring on 15.08.2027
        using var portfolio = new TrackingPortfolio().Cert("widget", Unknown);

        // When it is tracked around that day
        var entry = portfolio.TrackOne(today);

        // Then it is still valid on the day and expired from the next
        Assert.Equal(expected, entry.Status);
        Assert.Equal(daysLeft, entry.DaysLeft);
    }

    [Theory]
    [InlineData("2027-05-16", CredentialStatus.Active)]
    [InlineData("2027-05-17", CredentialStatus.Expiring)]
    [InlineData("2027-05-18", CredentialStatus.Expiring)]
    public void Expiring_starts_exactly_the_warning_horizon_before_expiry(string today, CredentialStatus expected)
    {
        // Given a credential expiring on 15.08.2027, 90 days after 17.05.2027
        using var portfolio = new TrackingPortfolio().Cert("widget", Unknown);

        // When tracked with the default horizon of 90 days
        var entry = portfolio.TrackOne(today);

        // Then it is expiring from 90 days before
        Assert.Equal(expected, entry.Status);
    }

    [Theory]
    [InlineData("2027-05-16", 30, CredentialStatus.Active)]
    [InlineData("2027-05-17", 30, CredentialStatus.RenewalOpen)]
    [InlineData("2027-07-16", 30, CredentialStatus.Expiring)]
    [InlineData("2027-07-15", 30, CredentialStatus.RenewalOpen)]
    public void Renewal_opens_on_the_first_day_of_the_window_and_expiring_wins_over_it(string today, int expiringDays, CredentialStatus expected)
    {
        // Given an AWS credential (built-in window of 90 days: renewal opens 17.05.2027)
        using var portfolio = new TrackingPortfolio().Cert("aws", "title: AWS Certified Developer - Associate\ndate: 2024-08-15\nprovider: Amazon Web Services\nexpiryDate: 2027-08-15");

        // When tracked with a 30-day warning horizon
        var entry = portfolio.TrackOne(today, expiringDays);

        // Then the window opens on its first day, and expiring takes precedence at the end
        Assert.Equal(new DateOnly(2027, 5, 17), entry.RenewalOpens);
        Assert.Equal(expected, entry.Status);
    }

    [Fact]
    public void Expired_wins_over_every_other_status()
    {
        // Given an AWS credential long past its window and its expiry
        using var portfolio = new TrackingPortfolio().Cert("aws", "title: AWS Certified Developer - Associate\ndate: 2020-08-15\nprovider: AWS\nexpiryDate: 2023-08-15");

        // When tracked today
        var entry = portfolio.TrackOne("2026-11-26");

        // Then it is expired, and says so
        Assert.Equal(CredentialStatus.Expired, entry.Status);
        Assert.Equal("Expired on 15.08.2023: earn it again", entry.NextAction);
    }

    [Theory]
    [InlineData("2028-02-28", CredentialStatus.Expiring, 1)]
    [InlineData("2028-02-29", CredentialStatus.Expiring, 0)]
    [InlineData("2028-03-01", CredentialStatus.Expired, -1)]
    public void A_leap_day_expiry_is_valid_through_the_29th(string today, CredentialStatus expected, int daysLeft)
    {
        // Given a credential expiring on a leap day
        using var portfolio = new TrackingPortfolio().Cert("leap", "title: Leap\ndate: 2025-02-28\nprovider: Widget Guild\nexpiryDate: 2028-02-29");

        // When tracked around it
        var entry = portfolio.TrackOne(today);

        // Then the 29th is the last valid day
        Assert.Equal(expected, entry.Status);
        Assert.Equal(daysLeft, entry.DaysLeft);
    }

    [Fact]
    public void A_leap_day_issue_date_derives_its_expiry_on_the_28th_of_February()
    {
        // Given an AWS credential issued on a leap day, without an expiry date
        using var portfolio = new TrackingPortfolio().Cert("aws", "title: AWS Certified Cloud Practitioner\ndate: 2024-02-29\nprovider: AWS");

        // When tracked
        var entry = portfolio.TrackOne("2026-01-01");

        // Then the built-in three years end on 28.02.2027
        Assert.Equal(new DateOnly(2027, 2, 28), entry.Expires);
        Assert.True(entry.ExpiryFromPolicy);
    }

    [Fact]
    public void A_credential_without_expiry_or_policy_does_not_expire_and_never_alerts()
    {
        // Given a credential of an unknown certifier without an expiry date
        using var portfolio = new TrackingPortfolio().Cert("forever", "title: Lifetime Member\ndate: 2010-01-01\nprovider: Widget Guild");

        // When tracked
        var report = portfolio.Track("2026-11-26");
        var entry = Assert.Single(report.Entries);

        // Then it does not expire and needs nothing
        Assert.Equal(CredentialStatus.NoExpiry, entry.Status);
        Assert.Null(entry.DaysLeft);
        Assert.Null(entry.RenewalOpens);
        Assert.Equal("Nothing to do", entry.NextAction);
        Assert.Empty(report.NeedingAttention(100_000));
    }

    [Fact]
    public void Microsoft_Fundamentals_do_not_expire_while_role_based_certifications_last_a_year()
    {
        // Given two Microsoft credentials without expiry dates
        using var portfolio = new TrackingPortfolio()
            .Cert("az-900", "title: 'Microsoft Certified: Azure Fundamentals'\ndate: 2025-01-10\nprovider: Microsoft")
            .Cert("az-104", "title: 'Microsoft Certified: Azure Administrator Associate'\ndate: 2025-01-10\nprovider: Microsoft");

        // When tracked
        var entries = portfolio.Track("2025-06-01").Entries.ToDictionary(e => e.Credential.Slug);

        // Then Fundamentals never expire and role-based ones expire after a year, renewable 180 days before
        Assert.Equal(CredentialStatus.NoExpiry, entries["az-900"].Status);
        Assert.Equal(new DateOnly(2026, 1, 10), entries["az-104"].Expires);
        Assert.Equal(new DateOnly(2025, 7, 14), entries["az-104"].RenewalOpens);
    }

    [Fact]
    public void Renew_false_never_alerts_even_when_expired()
    {
        // Given an expired credential the owner lets lapse
        using var portfolio = new TrackingPortfolio().Cert("old", "title: Old\ndate: 2020-01-01\nprovider: AWS\nexpiryDate: 2023-01-01\nrenew: false");

        // When tracked
        var report = portfolio.Track("2026-11-26");

        // Then its status is honest but nothing needs attention
        Assert.Equal(CredentialStatus.Expired, report.Entries[0].Status);
        Assert.Equal(Tracker.NotRenewingAction, report.Entries[0].NextAction);
        Assert.Empty(report.NeedingAttention(365));
    }

    [Fact]
    public void The_warning_horizon_comes_from_certfolio_yaml_unless_overridden()
    {
        // Given expiringDays: 30 in the config and a credential 60 days from expiry
        using var portfolio = new TrackingPortfolio().Config("expiringDays: 30\n").Cert("widget", Unknown);

        // When tracked with and without an override
        var fromConfig = portfolio.TrackOne("2027-06-16");
        var overridden = portfolio.TrackOne("2027-06-16", expiringDays: 60);

        // Then the config's horizon applies unless the option says otherwise
        Assert.Equal(CredentialStatus.Active, fromConfig.Status);
        Assert.Equal(CredentialStatus.Expiring, overridden.Status);
    }
}
