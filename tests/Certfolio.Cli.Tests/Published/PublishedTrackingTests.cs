using System.Text.Json;

namespace Certfolio.Cli.Tests.Published;

/// <summary><c>status</c> and <c>calendar</c>: what the published binary says about where credentials stand.</summary>
[Collection(PublishedCollection.Name)]
public sealed class PublishedTrackingTests(PublishedCli cli)
{
    [Fact]
    public void Published_status_prints_the_in_process_text()
    {
        // Given the example portfolio
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio");

        // When its status is printed on a pinned day
        var (published, inProcess) = twins.Run(cli, "status", "portfolio", "--today", "2026-11-26");

        // Then the text is the same, credits bars included
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.Success, published.ExitCode);
        Assert.StartsWith("Alex Morgan", published.Stdout, StringComparison.Ordinal);
        Assert.Contains("expires 15.08.2027 (262 days left)", published.Stdout, StringComparison.Ordinal);
        Assert.Contains("63/120 CPE", published.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Published_status_json_is_the_in_process_json()
    {
        // Given the example portfolio
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio");

        // When its status is printed as JSON
        var (published, inProcess) = twins.Run(cli, "status", "portfolio", "--today", "2026-11-26", "--json");

        // Then the JSON is the same, one object per credential
        Same.Output(inProcess, published);
        using var json = JsonDocument.Parse(published.Stdout);
        Assert.Equal(Directory.GetFiles(Path.Combine(Twins.ExamplePortfolio, "certifications"), "*.md").Length, json.RootElement.GetArrayLength());
        Assert.Contains(json.RootElement.EnumerateArray(), e => e.GetProperty("status").GetString() == "expired");
    }

    [Fact]
    public void Published_status_filters_and_fails_within_days_as_in_process()
    {
        // Given the example portfolio, where one credential has expired
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio");

        // When only what needs attention within 90 days is asked for, failing on anything within 30
        var (published, inProcess) = twins.Run(cli, "status", "portfolio", "--today", "2026-11-26", "--within", "90", "--fail-within", "30", "--expiring-days", "60");

        // Then both list the same credentials and exit with "attention needed"
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.AttentionNeeded, published.ExitCode);
        Assert.Contains("Google Cloud Certified: Professional Cloud Architect", published.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Azure Fundamentals", published.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Published_team_status_rolls_up_people_as_in_process(bool json)
    {
        // Given a team folder holding two people's portfolios
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "team/people/alex").Folder(Twins.ExamplePortfolio, "team/people/sam");

        // When the team's status is printed
        string[] args = ["status", "team", "--team", "--today", "2026-11-26"];
        var (published, inProcess) = twins.Run(cli, json ? [.. args, "--json"] : args);

        // Then the roll-up is the same and names both people
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.Success, published.ExitCode);
        Assert.Contains("alex", published.Stdout, StringComparison.Ordinal);
        Assert.Contains("sam", published.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("portfolio")]
    [InlineData("team")]
    public void Published_status_at_a_wide_terminal_prints_the_in_process_table(string folder)
    {
        // Given a portfolio and a team folder holding two people's portfolios
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio").Folder(Twins.ExamplePortfolio, "team/people/alex").Folder(Twins.ExamplePortfolio, "team/people/sam");
        string[] args = ["status", folder, "--today", "2026-11-26", "--fail-within", "30", .. folder == "team" ? ["--team"] : Array.Empty<string>()];

        // When the status is printed at a terminal wide enough for the table, and in process at the same width
        var published = cli.RunInTerminal(twins.Published, 200, args);
        var inProcess = InProcessCli.Run(twins.InProcess, 200, args);

        // Then the table is the same, followed by what tripped --fail-within (on standard error, which a terminal
        // shows in the same stream), and the exit code says something needs attention
        Assert.StartsWith("--fail-within 30: ", inProcess.Stderr, StringComparison.Ordinal);
        Same.Output(inProcess with { Stdout = inProcess.Stdout + inProcess.Stderr, Stderr = "" }, published);
        Assert.Equal(ExitCodes.AttentionNeeded, published.ExitCode);
        Assert.Contains("╭", published.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"│ Credential +│ Status +│ Expires", published.Stdout);
    }

    [Fact]
    public void Published_calendar_to_standard_output_is_the_in_process_calendar()
    {
        // Given the example portfolio
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio");

        // When its calendar is printed
        var (published, inProcess) = twins.Run(cli, "calendar", "portfolio", "--today", "2026-11-26", "--stdout");

        // Then it is the same iCalendar text, with events and reminders
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.Success, published.ExitCode);
        Assert.StartsWith("BEGIN:VCALENDAR", published.Stdout, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VEVENT", published.Stdout, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VALARM", published.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Published_calendar_writes_the_in_process_file()
    {
        // Given the example portfolio
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio");

        // When its calendar is written to a file in a new folder, with a shorter expiring window
        var (published, inProcess) = twins.Run(cli, "calendar", "portfolio", "--today", "2026-11-26", "-o", "out/certs.ics", "--expiring-days", "30");

        // Then the message and the file are the same
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.Success, published.ExitCode);
        Assert.StartsWith("Wrote out/certs.ics: ", published.Stdout, StringComparison.Ordinal);
        Same.Tree(twins.InProcess, twins.Published);
        Assert.StartsWith("BEGIN:VCALENDAR", File.ReadAllText(Path.Combine(twins.Published, "out", "certs.ics")), StringComparison.Ordinal);
    }
}
