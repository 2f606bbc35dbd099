using System.Text.Json;

namespace Certfolio.Cli.Tests;

[Collection(CurrentDirectoryCollection.Name)]
public sealed class CheckCommandTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    [Fact]
    public void Text_output_lists_every_problem_with_source_and_caret()
    {
        var result = CurrentDirectoryCollection.In(Fixtures, () => CliRunner.Run("check", "broken"));

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Golden.Verify("check-text", result.Output);
    }

    [Fact]
    public void Json_output_is_an_array_of_diagnostics_and_nothing_else()
    {
        var result = CurrentDirectoryCollection.In(Fixtures, () => CliRunner.Run("check", "broken", "--format", "json"));

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var first = json.RootElement[0];
        Assert.Equal(["file", "line", "column", "severity", "code", "message"], first.EnumerateObject().Select(p => p.Name));
        Golden.Verify("check-json", result.Output);
    }

    [Fact]
    public void Github_output_is_workflow_annotations()
    {
        var result = CurrentDirectoryCollection.In(Fixtures, () => CliRunner.Run("check", "broken", "--format", "github"));

        Assert.All(result.Output.TrimEnd().Split('\n'), line => Assert.Matches("^::(error|warning) file=broken/certifications/[a-z-]+\\.md,line=\\d+,col=\\d+,title=CF\\d{4}::.+$", line));
        Golden.Verify("check-github", result.Output);
    }

    [Fact]
    public void Paths_are_relative_to_the_current_folder()
    {
        var result = CurrentDirectoryCollection.In(Path.Combine(Fixtures, "broken", "certifications"), () => CliRunner.Run("check", "..", "--format", "github"));

        Assert.Contains("file=slashed.md,line=3,col=7", result.Output);
    }

    [Fact]
    public void Both_files_of_a_duplicate_credential_id_are_reported()
    {
        var result = CurrentDirectoryCollection.In(Fixtures, () => CliRunner.Run("check", "broken", "--format", "github"));

        Assert.Contains("file=broken/certifications/duplicate-id.md,line=5,col=15,title=CF0113", result.Output);
        Assert.Contains("file=broken/certifications/slashed.md,line=5,col=15,title=CF0113", result.Output);
    }

    [Fact]
    public void The_example_portfolio_checks_clean()
    {
        var result = CliRunner.Run("check", Path.Combine(RepositoryRoot.Path, "examples", "portfolio"), "--strict");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.EndsWith("0 errors, 0 warnings", result.Output.TrimEnd());
    }

    [Fact]
    public void Strict_turns_warnings_into_errors()
    {
        var folder = TempPortfolio.With(("certifications/a.md", "---\ntitle: \"A\"\ndate: \"01.01.2024\"\nprovider: \"P\"\nskills: [\"x\", \"x\"]\n---\n"));

        var relaxed = CliRunner.Run("check", folder);
        var strict = CliRunner.Run("check", folder, "--strict");

        Assert.Equal(ExitCodes.Success, relaxed.ExitCode);
        Assert.Contains("warning CF0114", relaxed.Output);
        Assert.Equal(ExitCodes.ContentErrors, strict.ExitCode);
        Assert.Contains("error CF0114", strict.Output);
    }

    [Fact]
    public void An_unreadable_path_is_a_usage_error()
    {
        var result = CliRunner.Run("check", Path.Combine(Fixtures, "does-not-exist"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [Fact]
    public void A_bad_today_is_a_usage_error()
    {
        var result = CliRunner.Run("check", Path.Combine(Fixtures, "broken"), "--today", "26.11.2026");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }
}
