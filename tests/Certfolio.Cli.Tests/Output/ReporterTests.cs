namespace Certfolio.Cli.Tests.Output;

/// <summary>status and calendar report problems as check does, on standard error, escaped, with their exit codes.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class ReporterTests
{
    // A content folder outside the portfolio (CF0203) leaves nothing to track; its value carries an escape sequence.
    private static string Unloadable() => TempPortfolio.With(("certfolio.yaml", "content: \"../\\e[31mx\"\n"));

    [Theory]
    [InlineData("status")]
    [InlineData("calendar")]
    public void A_portfolio_that_does_not_load_is_reported_as_check_reports_it(string command)
    {
        // Given a portfolio whose content folder is refused
        var root = Unloadable();

        // When the command runs from the portfolio folder
        string[] args = command == "calendar" ? [command, ".", "--today", "2026-11-26", "--stdout"] : [command, ".", "--today", "2026-11-26"];
        var (result, errors) = CurrentDirectoryCollection.In(root, () => CliRunner.RunCapturingErrors(args));

        // Then standard error holds check's line with the quoted value and its caret, escaped, and the exit code is unchanged
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        var lines = errors.Split('\n');
        Assert.StartsWith("certfolio.yaml:1:10: error CF0203: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("  content: ", lines[1], StringComparison.Ordinal);
        Assert.Contains("^", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', errors);
        Assert.DoesNotContain("CF0203", result.Output, StringComparison.Ordinal);
    }
}
