namespace Certfolio.Cli.Tests;

public sealed class BuildCommandTests
{
    private const string Credential = "---\ntitle: \"A\"\ndate: \"2024-01-01\"\nprovider: \"P\"\nskills: [\"X\"]\n---\n";

    [Fact]
    public void Refuses_to_publish_when_the_training_ledger_has_errors_as_check_does()
    {
        // Given a valid credential and a training record with an impossible date
        var root = TempPortfolio.With(("certifications/a.md", Credential), ("training/log.csv", "title,date,hours,appliesTo\nWorkshop,2025-13-45,2,X\n"));
        var output = Path.Combine(root, "_site");

        // When check and build run on it
        var check = CliRunner.Run("check", root, "--today", "2026-11-26");
        var build = CliRunner.Run("build", root, "--today", "2026-11-26", "-o", output);

        // Then both report the ledger error (CF0103 at the training file), build exits like check, and nothing is published
        Assert.Contains("log.csv:2:1: error CF0103", check.Output, StringComparison.Ordinal);
        Assert.Contains("log.csv:2:1: error CF0103", build.Output, StringComparison.Ordinal);
        Assert.Equal(check.ExitCode, build.ExitCode);
        Assert.NotEqual(0, build.ExitCode);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Publishes_the_site_with_its_renewal_calendar_when_the_ledger_is_clean()
    {
        // Given the same credential with a valid training record, in a portfolio that publishes its calendar
        var root = TempPortfolio.With(("certifications/a.md", Credential), ("training/log.csv", "title,date,hours,appliesTo\nWorkshop,2025-03-04,2,X\n"),
            ("certfolio.yaml", "public:\n  calendar: true\n"));
        var output = Path.Combine(root, "_site");

        // When it is built
        var build = CliRunner.Run("build", root, "--today", "2026-11-26", "-o", output);

        // Then the site is published with /calendar.ics beside the home page
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.StartsWith("BEGIN:VCALENDAR", File.ReadAllText(Path.Combine(output, "calendar.ics")), StringComparison.Ordinal);
    }
}
