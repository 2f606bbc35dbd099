using Certfolio.Core.Portfolios;
using Certfolio.Core.Status;
using Certfolio.Core.Time;
using Certfolio.Interop.ICalendar;

namespace Certfolio.Cli.Tests;

public sealed class CalendarCommandTests
{
    [Fact]
    public void Writes_the_calendar_of_the_portfolio_to_the_output_file()
    {
        // Given Jane's portfolio
        using var jane = StatusFixture.Jane();
        var output = jane.Path("out/certifications.ics");

        // When calendar runs on a pinned day
        var result = StatusFixture.Run("calendar", jane.Root, "-o", output, "--today", "2026-11-26");

        // Then the file holds exactly what the library writes for that day
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var expected = CalendarWriter.Write(Tracker.Track(new PortfolioLoader().Load(jane.Root), new FixedClock(new DateOnly(2026, 11, 26))));
        Assert.Equal(expected, File.ReadAllText(output));
        Assert.Contains("UID:aws-dop-expiry@certfolio", expected);
        Assert.Contains("Wrote ", result.Output);
    }

    [Fact]
    public void Runs_on_the_same_day_give_byte_identical_files()
    {
        // Given Jane's portfolio
        using var jane = StatusFixture.Jane();

        // When calendar runs twice on the same pinned day
        StatusFixture.Run("calendar", jane.Root, "-o", jane.Path("a.ics"), "--today", "2026-11-26");
        StatusFixture.Run("calendar", jane.Root, "-o", jane.Path("b.ics"), "--today", "2026-11-26");

        // Then the bytes are the same
        Assert.Equal(File.ReadAllBytes(jane.Path("a.ics")), File.ReadAllBytes(jane.Path("b.ics")));
    }

    [Fact]
    public void Stdout_prints_the_calendar()
    {
        // Given Jane's portfolio
        using var jane = StatusFixture.Jane();

        // When calendar --stdout runs
        var result = StatusFixture.Run("calendar", jane.Root, "--stdout", "--today", "2026-11-26");

        // Then the calendar is printed
        Assert.True(result.Output.StartsWith("BEGIN:VCALENDAR", StringComparison.Ordinal), $"exit {result.ExitCode}: {result.Output}");
        Assert.Contains("DTSTAMP:20261126T000000Z", result.Output);
    }
}
