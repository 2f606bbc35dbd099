using Certfolio.Interop.ICalendar;
using Ical.Net;
using Ical.Net.CalendarComponents;

namespace Certfolio.Interop.Tests.ICalendar;

public sealed class CalendarWriterTests
{
    private static CalendarPortfolio Sample() => new CalendarPortfolio()
        .File("certfolio.yaml", "title: Jane's certifications\n")
        .Cert("aws-dop", "title: AWS Certified DevOps Engineer - Professional\ndate: 15.08.2024\nprovider: Amazon Web Services\ncredentialId: DOP-C02-789456\nexpiryDate: 15.08.2027\nverificationUrl: https://www.credly.com/badges/example")
        .Cert("cism", "title: CISM\ndate: 2024-01-01\nprovider: ISACA\ncredentialId: CISM-1\nexpiryDate: 2027-01-01")
        .Cert("lapsed", "title: Old Widget\ndate: 2020-01-01\nprovider: Widget Guild\nexpiryDate: 2023-01-01\nrenew: false")
        .Cert("forever", "title: Azure Fundamentals\ndate: 2022-01-01\nprovider: Microsoft")
        .File("training/a.md", "---\ntitle: Audit course\ndate: 2024-03-01\ncredits: 24\nunit: CPE\nappliesTo: [CISM-1]\n---\n");

    private static Calendar Parse(string ics) => Calendar.Load(ics) ?? throw new InvalidOperationException("not a calendar");

    private static string Line(CalendarEvent e) =>
        $"{e.DtStart!.Date:yyyy-MM-dd}|{(e.DtStart.HasTime ? "timed" : "all-day")}|{e.DtEnd!.Date:yyyy-MM-dd}|{e.Uid}|{e.Summary}|alarms {string.Join(",", e.Alarms.Select(a => a.Trigger!.Duration.ToString()))}";

    [Fact]
    public void Each_credential_gets_all_day_events_for_expiry_renewal_and_credit_deadlines_with_reminders()
    {
        // Given a portfolio with an AWS certification, a CISM with an annual minimum, a lapsed and a lifetime credential
        using var portfolio = Sample();

        // When the calendar is written and read back with Ical.Net
        var calendar = Parse(CalendarWriter.Write(portfolio.Track("2026-11-26")));

        // Then every event is there, in date order, all-day, with reminders 30 and 7 days before
        Assert.Equal(
        [
            "2023-01-01|all-day|2023-01-02|lapsed-expiry@certfolio|Expires: Old Widget|alarms ",
            "2024-12-31|all-day|2025-01-01|cism-annual-1@certfolio|Annual credits due: CISM|alarms -P30D,-P7D",
            "2025-12-31|all-day|2026-01-01|cism-annual-2@certfolio|Annual credits due: CISM|alarms -P30D,-P7D",
            "2026-10-03|all-day|2026-10-04|cism-renewal-opens@certfolio|Renewal opens: CISM|alarms -P30D,-P7D",
            "2026-12-31|all-day|2027-01-01|cism-annual-3@certfolio|Annual credits due: CISM|alarms -P30D,-P7D",
            "2027-01-01|all-day|2027-01-02|cism-credits-due@certfolio|Credits due: CISM|alarms -P30D,-P7D",
            "2027-01-01|all-day|2027-01-02|cism-expiry@certfolio|Expires: CISM|alarms -P30D,-P7D",
            "2027-05-17|all-day|2027-05-18|aws-dop-renewal-opens@certfolio|Renewal opens: AWS Certified DevOps Engineer - Professional|alarms -P30D,-P7D",
            "2027-08-15|all-day|2027-08-16|aws-dop-expiry@certfolio|Expires: AWS Certified DevOps Engineer - Professional|alarms -P30D,-P7D",
        ], calendar.Events.Select(Line));
        Assert.Equal("Jane's certifications", calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.Equal(CalendarWriter.ProductId, calendar.ProductId);
    }

    [Fact]
    public void Events_carry_the_credential_the_next_action_and_the_renewal_page()
    {
        // Given the sample portfolio
        using var portfolio = Sample();

        // When the calendar is read back
        var calendar = Parse(CalendarWriter.Write(portfolio.Track("2026-11-26")));
        var expiry = calendar.Events.Single(e => e.Uid == "aws-dop-expiry@certfolio");
        var credits = calendar.Events.Single(e => e.Uid == "cism-credits-due@certfolio");

        // Then descriptions survive escaping, and the URL is the renewal rule's page
        Assert.Equal("Amazon Web Services, credential DOP-C02-789456\nExpires 15.08.2027.\nNext: Renew from 17.05.2027, by 15.08.2027", expiry.Description);
        Assert.Equal(new Uri("https://aws.amazon.com/certification/policies/recertification/"), expiry.Url);
        Assert.Equal("ISACA, credential CISM-1\n120 CPE due by 01.01.2027; 24 logged so far.", credits.Description);
        Assert.All(expiry.Alarms, a => Assert.Equal("DISPLAY", a.Action));
    }

    [Fact]
    public void The_same_input_and_day_give_byte_identical_output_with_DTSTAMP_from_the_clock()
    {
        // Given the sample portfolio tracked twice on the same pinned day
        using var portfolio = Sample();

        // When written twice
        var first = CalendarWriter.Write(portfolio.Track("2026-11-26"));
        var second = CalendarWriter.Write(portfolio.Track("2026-11-26"));

        // Then the files are identical, use CRLF, and stamp the pinned day
        Assert.Equal(first, second);
        Assert.Contains("\r\nDTSTAMP:20261126T000000Z\r\n", first);
        Assert.DoesNotContain("\n", first.Replace("\r\n", ""));
        Assert.All(Parse(first).Events, e => Assert.Equal(new DateTime(2026, 11, 26, 0, 0, 0, DateTimeKind.Utc), e.DtStamp!.AsUtc));
    }

    [Fact]
    public void UIDs_stay_the_same_from_day_to_day_and_after_a_renewal()
    {
        // Given the same portfolio on two days, and then with the AWS certification renewed
        using var portfolio = Sample();
        var before = Parse(CalendarWriter.Write(portfolio.Track("2026-11-26"))).Events.Select(e => e.Uid).Order().ToArray();
        var later = Parse(CalendarWriter.Write(portfolio.Track("2027-03-01"))).Events.Select(e => e.Uid).Order().ToArray();
        portfolio.Cert("aws-dop", "title: AWS Certified DevOps Engineer - Professional\ndate: 01.07.2027\nprovider: Amazon Web Services\nexpiryDate: 01.07.2030");
        var renewed = Parse(CalendarWriter.Write(portfolio.Track("2027-07-02")));

        // Then the UIDs do not change, so a subscribed calendar moves the events instead of adding new ones
        Assert.Equal(before, later);
        Assert.Equal(before, renewed.Events.Select(e => e.Uid).Order());
        Assert.Equal(new DateOnly(2030, 7, 1), DateOnly.FromDateTime(renewed.Events.Single(e => e.Uid == "aws-dop-expiry@certfolio").DtStart!.Value));
    }

    [Fact]
    public void Options_rename_the_calendar_prefix_uids_and_change_reminders()
    {
        // Given the sample portfolio
        using var portfolio = Sample();

        // When written for a team member with one reminder
        var calendar = Parse(CalendarWriter.Write(portfolio.Track("2026-11-26"),
            new CalendarOptions { Name = "Team", UidPrefix = "jane", UidDomain = "example.org", AlarmDays = [14] }));

        // Then names, UIDs and reminders follow the options
        Assert.Equal("Team", calendar.Properties["X-WR-CALNAME"]!.Value);
        Assert.Contains(calendar.Events, e => e.Uid == "jane-aws-dop-expiry@example.org");
        Assert.All(calendar.Events.Where(e => e.Alarms.Count > 0), e => Assert.Equal("-P14D", Assert.Single(e.Alarms).Trigger!.Duration.ToString()));
    }

    [Fact]
    public void A_portfolio_without_expiring_credentials_gives_an_empty_but_valid_calendar()
    {
        // Given only a lifetime credential
        using var portfolio = new CalendarPortfolio().Cert("forever", "title: Lifetime\ndate: 2020-01-01\nprovider: Widget Guild");

        // When written and read back
        var calendar = Parse(CalendarWriter.Write(portfolio.Track("2026-11-26")));

        // Then it has no events
        Assert.Empty(calendar.Events);
    }
}
