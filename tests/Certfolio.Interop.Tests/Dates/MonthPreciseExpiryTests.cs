using System.Text.Json.Nodes;
using Certfolio.Interop.Csv;
using Certfolio.Interop.Exporting;
using Certfolio.Interop.ICalendar;
using Certfolio.Interop.OpenBadges;
using Certfolio.Interop.Tests.ICalendar;
using Certfolio.Interop.Tests.Support;
using Ical.Net;

namespace Certfolio.Interop.Tests.Dates;

/// <summary>An expiry known to the month ("Finished On: Jun 2024") is valid to the end of that month in every output.</summary>
public sealed class MonthPreciseExpiryTests
{
    private const string MonthPrecise = "---\ntitle: \"Widget Expert\"\ndate: \"01.06.2021\"\nprovider: \"Widget Guild\"\nexpiryDate: \"01.06.2024\"\ndatePrecision: month\n---\nBody.\n";

    [Fact]
    public void Open_Badges_validUntil_is_the_last_second_of_the_month()
    {
        // Given a credential that expires "June 2024"
        using var folder = new TempPortfolio().With("certifications/widget.md", MonthPrecise);

        // When exported to Open Badges
        var file = Assert.Single(new OpenBadgesExporter().Export(folder.Load(), new ExportOptions(new DateOnly(2024, 6, 15))).Files);

        // Then it is valid until the end of June, and from the first of the month it was earned
        var node = JsonNode.Parse(file.Content)!;
        Assert.Equal("2024-06-30T23:59:59Z", (string?)node["validUntil"]);
        Assert.Equal("2021-06-01T00:00:00Z", (string?)node["validFrom"]);
    }

    [Fact]
    public void The_calendar_puts_the_expiry_on_the_last_day_of_the_month()
    {
        using var portfolio = new CalendarPortfolio().Cert("widget", MonthPrecise.Split("---\n")[1]);

        var calendar = Calendar.Load(CalendarWriter.Write(portfolio.Track("2024-06-15")))!;

        var expiry = Assert.Single(calendar.Events, e => e.Uid == "widget-expiry@certfolio");
        Assert.Equal(new DateOnly(2024, 6, 30), DateOnly.FromDateTime(expiry.DtStart!.Value));
    }

    [Fact]
    public void The_calendars_words_name_a_month_known_expiry_as_the_month_as_status_does()
    {
        // Given a Microsoft certification imported from LinkedIn ("Jun 2024" to "Jun 2025"), whose renewal opens six months ahead
        using var portfolio = new CalendarPortfolio().Cert("az104",
            "title: \"Microsoft Certified: Azure Administrator Associate\"\ndate: \"01.06.2024\"\nprovider: \"Microsoft\"\nexpiryDate: \"01.06.2025\"\ndatePrecision: month");

        var calendar = Calendar.Load(CalendarWriter.Write(portfolio.Track("2024-12-01")))!;

        // Then the expiry and the renewal events say "06.2025", as status and the site do, never a day nobody wrote
        var expiry = Assert.Single(calendar.Events, e => e.Uid == "az104-expiry@certfolio");
        Assert.Contains("Expires 06.2025.", expiry.Description, StringComparison.Ordinal);
        var opens = Assert.Single(calendar.Events, e => e.Uid == "az104-renewal-opens@certfolio");
        Assert.EndsWith("renew by 06.2025.", opens.Description, StringComparison.Ordinal);
        Assert.All(calendar.Events, e => Assert.DoesNotContain(".06.2025", e.Description, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2024-06-15", "expiring")]
    [InlineData("2024-07-01", "expired")]
    public void The_csv_status_counts_to_the_end_of_the_month(string today, string status)
    {
        using var folder = new TempPortfolio().With("certifications/widget.md", MonthPrecise);

        var csv = Assert.Single(new CsvExporter().Export(folder.Load(), new ExportOptions(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture))).Files).Content;

        Assert.EndsWith($",{status}", csv.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1].TrimEnd('\r'));
    }
}
