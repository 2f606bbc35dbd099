namespace Certfolio.Cli.Tests;

/// <summary>new writes only where check reads, only what check accepts, under a name every file system takes.</summary>
public sealed class NewCommandSafetyTests
{
    [Fact]
    public void Refuses_a_content_folder_outside_the_portfolio_with_checks_CF0203()
    {
        var root = TempPortfolio.With(("portfolio/certfolio.yaml", "content: ../elsewhere\n"));

        var result = CliRunner.Run("new", Path.Combine(root, "portfolio"), "--no-input", "--title", "CKA", "--provider", "CNCF", "--date", "10.02.2025");

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains("certfolio.yaml:1:10: error CF0203: 'content: ../elsewhere' in certfolio.yaml points outside the portfolio folder", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "elsewhere")));
    }

    [Fact]
    public void Refuses_a_title_check_would_reject_as_too_long_and_writes_nothing()
    {
        var folder = TempPortfolio.With();
        var title = string.Join(' ', Enumerable.Repeat("Kubernetes", 40));

        var result = CliRunner.Run("new", folder, "--no-input", "--title", title, "--provider", "CNCF", "--date", "10.02.2025");

        // A value check rejects came from the command line: a usage error, said at --title.
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("--title '", result.Output, StringComparison.Ordinal);
        Assert.Contains(": error CF", result.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(folder, "certifications")));
    }

    [Fact]
    public void A_290_character_title_gets_a_file_name_of_at_most_100_characters()
    {
        var folder = TempPortfolio.With();
        var title = string.Join(' ', Enumerable.Repeat("Very long certification title words", 8)) + " end";

        var result = CliRunner.Run("new", folder, "--no-input", "--title", title, "--provider", "Acme", "--date", "10.02.2025");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var file = Assert.Single(Directory.GetFiles(Path.Combine(folder, "certifications")));
        Assert.True(Path.GetFileNameWithoutExtension(file).Length <= 100);
        Assert.Contains(title, File.ReadAllText(file), StringComparison.Ordinal);
    }
}
