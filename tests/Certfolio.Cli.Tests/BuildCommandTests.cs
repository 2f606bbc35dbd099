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
    public void Publishes_the_visitors_site_without_the_owners_calendar_or_dashboard_when_the_ledger_is_clean()
    {
        // Given the same credential with a valid training record
        var root = TempPortfolio.With(("certifications/a.md", Credential), ("training/log.csv", "title,date,hours,appliesTo\nWorkshop,2025-03-04,2,X\n"));
        var output = Path.Combine(root, "_site");

        // When it is built
        var build = CliRunner.Run("build", root, "--today", "2026-11-26", "-o", output);

        // Then the site is published for visitors: no renewal calendar, no dashboard
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.True(File.Exists(Path.Combine(output, "index.html")));
        Assert.False(File.Exists(Path.Combine(output, "calendar.ics")));
        Assert.False(Directory.Exists(Path.Combine(output, "owner")));
        Assert.DoesNotContain("owner's view", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Publishes_the_renewal_calendar_to_visitors_when_certfolio_yaml_opts_in()
    {
        // Given a portfolio whose certfolio.yaml makes its calendar public
        var root = TempPortfolio.With(("certifications/a.md", Credential), ("certfolio.yaml", "public:\n  calendar: true\n"));
        var output = Path.Combine(root, "_site");

        // When it is built
        var build = CliRunner.Run("build", root, "--today", "2026-11-26", "-o", output);

        // Then the visitors' site has /calendar.ics, and still no dashboard
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.StartsWith("BEGIN:VCALENDAR", File.ReadAllText(Path.Combine(output, "calendar.ics")), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, "owner")));
    }

    [Fact]
    public void Build_owner_writes_the_owners_view_with_the_dashboard_and_the_calendar()
    {
        // Given a valid portfolio
        var root = TempPortfolio.With(("certifications/a.md", Credential), ("training/log.csv", "title,date,hours,appliesTo\nWorkshop,2025-03-04,2,X\n"));
        var output = Path.Combine(root, "private-site");

        // When the owner's view is built
        var build = CliRunner.Run("build", root, "--owner", "--today", "2026-11-26", "-o", output);

        // Then it has the dashboard and the calendar, asks robots to stay out, and the command says to keep it private
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains("Your dashboard", File.ReadAllText(Path.Combine(output, "owner", "index.html")), StringComparison.Ordinal);
        Assert.StartsWith("BEGIN:VCALENDAR", File.ReadAllText(Path.Combine(output, "calendar.ics")), StringComparison.Ordinal);
        Assert.Equal("User-agent: *\nDisallow: /\n", File.ReadAllText(Path.Combine(output, "robots.txt")));
        Assert.Contains("This is the owner's view", build.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_owner_without_an_output_folder_is_a_usage_error_and_writes_nothing()
    {
        // Given a valid portfolio
        var root = TempPortfolio.With(("certifications/a.md", Credential));

        // When the owner's view is asked for without -o
        var build = CliRunner.Run("build", root, "--owner", "--today", "2026-11-26");

        // Then it is refused before anything is written into _site, which a CI job would publish
        // (the usage error, "--owner needs -o DIR: …", goes to standard error, which this runner does not capture)
        Assert.Equal(ExitCodes.Usage, build.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(root, "_site")));
    }
}
