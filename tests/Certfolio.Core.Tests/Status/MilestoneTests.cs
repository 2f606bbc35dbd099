using Certfolio.Core.Status;
using Certfolio.Core.Tests.Support;


namespace Certfolio.Core.Tests.Status;

public sealed class MilestoneTests
{
    [Fact]
    public void The_timeline_lists_issue_window_annual_deadlines_credits_and_expiry_in_date_order()
    {
        // Given a CISM (ISACA: 90-day window, 120 CPE, 20 a year)
        using var portfolio = new TrackingPortfolio().Cert("cism", "title: CISM\ndate: 2024-01-01\nprovider: ISACA\nexpiryDate: 2027-01-01");

        // When its timeline is read in mid 2025
        var report = portfolio.Track("2025-06-01");
        var steps = report.Find("cism")!.Milestones(report.Today);

        // Then every step is there with its key and whether it is past
        Assert.Equal(
        [
            "2024-01-01 issued Issued past",
            "2024-12-31 annual-1 20 CPE for year 1 of the cycle past",
            "2025-12-31 annual-2 20 CPE for year 2 of the cycle",
            "2026-10-03 renewal-opens Renewal opens",
            "2026-12-31 annual-3 20 CPE for year 3 of the cycle",
            "2027-01-01 credits-due 120 CPE due",
            "2027-01-01 expiry Expires",
        ], steps.Select(m => $"{m.Date:yyyy-MM-dd} {m.Key} {m.Label}{(m.IsPast ? " past" : "")}"));
    }

    [Fact]
    public void A_credential_left_to_lapse_has_only_its_issue_and_expiry()
    {
        // Given an expired credential with renew: false
        using var portfolio = new TrackingPortfolio().Cert("old", "title: CISM\ndate: 2020-01-01\nprovider: ISACA\nexpiryDate: 2023-01-01\nrenew: false");

        // When its timeline is read
        var report = portfolio.Track("2025-06-01");

        // Then no renewal or credit step is listed
        Assert.Equal([MilestoneKind.Issued, MilestoneKind.Expiry], report.Find("old")!.Milestones(report.Today).Select(m => m.Kind));
        Assert.Equal("Expired", report.Find("old")!.Milestones(report.Today)[^1].Label);
    }
}
