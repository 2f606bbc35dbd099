namespace Certfolio.Cli.Tests;

/// <summary>A problem of the training ledger is reported by every command that loads the portfolio, once.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class LedgerDiagnosticsTests
{
    private const string Credential = "---\ntitle: \"A\"\ndate: \"2024-01-01\"\nprovider: \"P\"\ncredentialId: \"A-1\"\nskills: [\"X\"]\n---\n";

    // A record whose appliesTo names nothing is a warning (CF0305): the build still publishes, and prints it.
    private static string Portfolio() => TempPortfolio.With(("certifications/a.md", Credential),
        ("training/log.csv", "title,date,hours,appliesTo\nWorkshop,2025-03-04,2,Nothing\n"));

    [Fact]
    public void Check_and_build_print_a_ledger_warning_once()
    {
        // Given a portfolio whose ledger names nothing
        var root = Portfolio();

        // When check and build run on it
        var check = CliRunner.Run("check", root, "--today", "2026-11-26");
        var build = CliRunner.Run("build", root, "--today", "2026-11-26", "-o", Path.Combine(root, "_site"));

        // Then each prints the warning at the training file, once
        foreach (var output in new[] { check.Output, build.Output })
        {
            Assert.Contains("log.csv:2:1: warning CF0305", output, StringComparison.Ordinal);
            Assert.Single(output.Split('\n'), line => line.Contains("CF0305", StringComparison.Ordinal));
        }
        Assert.Equal(ExitCodes.Success, build.ExitCode);
    }

    [Fact]
    public void Status_counts_a_ledger_warning_once_among_the_portfolio_problems()
    {
        // Given the same portfolio
        var root = Portfolio();

        // When status runs
        var status = CliRunner.Run("status", root, "--today", "2026-11-26");

        // Then the warning is the one problem it points to
        Assert.Contains("1 problem found in the portfolio; run 'certfolio check' for details.", status.Output, StringComparison.Ordinal);
    }
}
