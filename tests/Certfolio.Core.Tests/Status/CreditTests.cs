using Certfolio.Core.Model;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Status;

public sealed class CreditTests
{
    private const string Cissp = """
        title: CISSP
        date: 2024-06-01
        provider: ISC2
        credentialId: CISSP-1
        expiryDate: 2027-06-01
        skills: [Security, Risk Management]
        """;

    [Fact]
    public void Credits_count_toward_a_credential_named_by_credentialId_or_by_one_of_its_skills()
    {
        // Given a CISSP (120 CPE per cycle) and activities naming its id, its skill, and something else
        using var portfolio = new TrackingPortfolio()
            .Cert("cissp", Cissp)
            .Training("a", "title: Conference\ndate: 2025-03-01\ncredits: 16\nunit: CPE\nappliesTo: [CISSP-1]")
            .Training("b", "title: Course\ndate: 2025-04-01\nhours: 10\nappliesTo: [security]")
            .Training("c", "title: Unrelated\ndate: 2025-05-01\nhours: 99\nappliesTo: [Cooking]");

        // When tracked
        var entry = portfolio.TrackOne("2025-06-01");

        // Then the id and the skill (ignoring case) both count, and hours count one credit each
        Assert.Equal(26, entry.Credits!.Earned);
        Assert.Equal(120, entry.Credits.Required);
        Assert.Equal("CPE", entry.Credits.Unit);
        Assert.Equal(["Conference", "Course"], entry.Credits.Activities.Select(a => a.Title));
        Assert.Equal("Log 94 more CPE by 01.06.2027", entry.NextAction);
    }

    [Fact]
    public void One_activity_counts_toward_every_credential_it_applies_to()
    {
        // Given two credentials sharing a skill and one activity naming the skill
        using var portfolio = new TrackingPortfolio()
            .Cert("cissp", Cissp)
            .Cert("cism", "title: CISM\ndate: 2024-06-01\nprovider: ISACA\nexpiryDate: 2027-06-01\nskills: [Security]")
            .Training("a", "title: Course\ndate: 2025-03-01\nhours: 12\nappliesTo: [Security]");

        // When tracked
        var report = portfolio.Track("2025-06-01");

        // Then both credentials get the credits
        Assert.All(report.Entries, e => Assert.Equal(12, e.Credits!.Earned));
    }

    [Fact]
    public void Hours_are_multiplied_by_creditsPerHour_and_credits_in_another_unit_do_not_count()
    {
        // Given a document policy of 40 PDU at 2 PDU an hour
        using var portfolio = new TrackingPortfolio()
            .Cert("w", "title: Widget Expert\ndate: 2024-01-01\nprovider: Widget Guild\ncredentialId: W-1\nexpiryDate: 2027-01-01\nrenewal:\n  cycleYears: 3\n  credits: 40\n  creditUnit: PDU\n  creditsPerHour: 2")
            .Training("a", "title: Hours\ndate: 2025-01-01\nhours: 5\nappliesTo: [W-1]")
            .Training("b", "title: PDUs\ndate: 2025-02-01\ncredits: 3\nunit: PDUs\nappliesTo: [W-1]")
            .Training("c", "title: CEUs\ndate: 2025-03-01\ncredits: 7\nunit: CEU\nappliesTo: [W-1]");

        // When tracked
        var entry = portfolio.TrackOne("2025-06-01");

        // Then 5 hours make 10 PDU, 3 PDU count as written, CEUs count nothing
        Assert.Equal(13, entry.Credits!.Earned);
        Assert.Equal("Log 27 more PDU by 01.01.2027", entry.NextAction);
    }

    [Theory]
    [InlineData("2024-05-31", 0)]
    [InlineData("2024-06-01", 1)]
    [InlineData("2027-06-01", 1)]
    [InlineData("2027-06-02", 0)]
    public void Only_activities_inside_the_current_cycle_count(string date, int counted)
    {
        // Given a cycle from 01.06.2024 to 01.06.2027 and one activity on the given day
        using var portfolio = new TrackingPortfolio()
            .Cert("cissp", Cissp)
            .Training("a", $"title: Course\ndate: {date}\nhours: 10\nappliesTo: [CISSP-1]");

        // When tracked after the cycle's last day
        var entry = portfolio.TrackOne("2027-06-01");

        // Then the cycle's first and last days are inside, the days around them outside
        Assert.Equal(new DateOnly(2024, 6, 1), entry.CycleStart);
        Assert.Equal(counted * 10, entry.Credits!.Earned);
    }

    [Fact]
    public void A_renewal_starts_a_new_cycle_and_old_credits_no_longer_count()
    {
        // Given a CISSP renewed in 2027 (new date and expiry) and credits from both cycles
        using var portfolio = new TrackingPortfolio()
            .Cert("cissp", Cissp.Replace("date: 2024-06-01", "date: 2027-05-20").Replace("expiryDate: 2027-06-01", "expiryDate: 2030-06-01"))
            .Training("old", "title: Old cycle\ndate: 2026-01-01\nhours: 100\nappliesTo: [CISSP-1]")
            .Training("new", "title: New cycle\ndate: 2027-07-01\nhours: 8\nappliesTo: [CISSP-1]");

        // When tracked in the new cycle
        var entry = portfolio.TrackOne("2027-08-01");

        // Then the cycle restarts at the renewal and only its credits count
        Assert.Equal(new DateOnly(2027, 6, 1), entry.CycleStart);
        Assert.Equal(8, entry.Credits!.Earned);
        Assert.Equal(CredentialStatus.Active, entry.Status);
    }

    [Fact]
    public void Activities_dated_after_today_are_not_earned_yet()
    {
        // Given a course booked for next month
        using var portfolio = new TrackingPortfolio()
            .Cert("cissp", Cissp)
            .Training("a", "title: Booked\ndate: 2025-07-01\nhours: 10\nappliesTo: [CISSP-1]");

        // When tracked today
        var entry = portfolio.TrackOne("2025-06-01");

        // Then it has not counted yet
        Assert.Equal(0, entry.Credits!.Earned);
    }

    [Fact]
    public void The_annual_minimum_is_checked_per_cycle_year()
    {
        // Given a CISM (ISACA: 120 CPE per 3 years, at least 20 a year), cycle from 01.01.2024
        using var portfolio = new TrackingPortfolio()
            .Cert("cism", "title: CISM\ndate: 2024-01-01\nprovider: ISACA\ncredentialId: CISM-1\nexpiryDate: 2027-01-01")
            .Training("y1", "title: Year one\ndate: 2024-12-31\ncredits: 25\nunit: CPE\nappliesTo: [CISM-1]")
            .Training("y2", "title: Year two\ndate: 2025-01-01\ncredits: 5\nunit: CPE\nappliesTo: [CISM-1]");

        // When tracked in the middle of the second year
        var entry = portfolio.TrackOne("2025-06-01");

        // Then each year is measured on its own, and the current year's shortfall comes first
        Assert.Equal([(1, 25.0, true), (2, 5.0, false), (3, 0.0, false)], entry.Years.Select(y => (y.Number, y.Earned, y.IsMet)));
        Assert.Equal(new DateOnly(2025, 12, 31), entry.Years[1].End);
        Assert.Equal("Log 15 more CPE by 31.12.2025", entry.NextAction);
        Assert.Equal(new DateOnly(2025, 12, 31), entry.NextDeadline);
    }

    [Fact]
    public void A_missed_annual_minimum_needs_attention_even_far_from_expiry()
    {
        // Given a CISM whose first year ended with too few credits
        using var portfolio = new TrackingPortfolio()
            .Cert("cism", "title: CISM\ndate: 2024-01-01\nprovider: ISACA\ncredentialId: CISM-1\nexpiryDate: 2027-01-01")
            .Training("y1", "title: Year one\ndate: 2024-06-01\ncredits: 10\nunit: CPE\nappliesTo: [CISM-1]");

        // When tracked in the second year with a short horizon
        var report = portfolio.Track("2025-02-01");

        // Then the missed year needs attention
        Assert.True(report.Entries[0].Years[0].IsMissed(report.Today));
        Assert.Single(report.NeedingAttention(7));
    }

    [Fact]
    public void A_credential_expiring_within_the_horizon_needs_attention_whatever_its_credits()
    {
        // Given two CISSPs expiring in 100 days, one with all its credits
        using var portfolio = new TrackingPortfolio()
            .Cert("short", Cissp)
            .Cert("done", Cissp.Replace("CISSP-1", "CISSP-2"))
            .Training("a", "title: Lots\ndate: 2025-01-01\ncredits: 120\nunit: CPE\nappliesTo: [CISSP-2]");

        // When asked about the next 100 and 99 days
        var report = portfolio.Track("2027-02-21");

        // Then both need attention exactly when the expiry is inside the horizon, and the next actions differ
        Assert.Equal(["done", "short"], report.NeedingAttention(100).Select(e => e.Credential.Slug));
        Assert.Empty(report.NeedingAttention(99));
        Assert.Equal("Renew from 03.03.2027, by 01.06.2027", report.Entries.Single(e => e.Credential.Slug == "done").NextAction);
        Assert.Equal("Log 120 more CPE by 01.06.2027", report.Entries.Single(e => e.Credential.Slug == "short").NextAction);
    }
}
