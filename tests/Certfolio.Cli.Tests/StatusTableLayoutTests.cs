namespace Certfolio.Cli.Tests;

/// <summary>How the status table lays out on the consoles people use: the title keeps its line, the next action takes the rest.</summary>
public sealed class StatusTableLayoutTests
{
    [Fact]
    public void At_160_columns_every_title_keeps_one_line_and_every_row_is_two_lines_high()
    {
        // Given Jane's portfolio, whose longest title is "Microsoft Certified: Azure Solutions Architect Expert"
        using var jane = StatusFixture.Jane();

        // When status runs on a 160-column console
        var result = StatusFixture.Run(160, "status", jane.Root, "--today", "2026-11-26");

        // Then no line is wider than the console, each title is whole on one line, and each of the six rows
        // (title over provider) is two lines high
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = result.Output.Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= 160, line));
        Assert.Contains(lines, line => line.StartsWith("│ Microsoft Certified: Azure Solutions Architect Expert │", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("│ AWS Certified DevOps Engineer - Professional ", StringComparison.Ordinal));
        var body = lines.SkipWhile(line => !line.StartsWith('├')).Skip(1).TakeWhile(line => line.StartsWith('│'));
        Assert.Equal(12, body.Count());
        Golden.Verify("status-160", result.Output);
    }

    [Fact]
    public void A_title_too_long_to_leave_the_next_action_its_minimum_wraps_instead()
    {
        // Given a credential whose title alone is 120 characters
        var title = string.Join(' ', Enumerable.Repeat("Architecture", 10)).PadRight(120, 'x');
        using var fixture = new StatusFixture().Cert("long", $"title: {title}\ndate: 2026-01-01\nprovider: AWS\nexpiryDate: 2027-01-15");

        // When status runs on a 160-column console
        var result = StatusFixture.Run(160, "status", fixture.Root, "--today", "2026-11-26");

        // Then the table still fits, and the next action gets its minimum width on one line
        var lines = result.Output.Split('\n');
        Assert.All(lines, line => Assert.True(line.Length <= 160, line));
        Assert.Contains(lines, line => line.Contains("│ Renew before 15.01.2027", StringComparison.Ordinal));
    }
}
