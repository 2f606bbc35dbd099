using Certfolio.Core.Portfolios;

namespace Certfolio.Cli.Tests;

public sealed class NewCommandTests
{
    [Fact]
    public void Writes_a_document_that_checks_clean()
    {
        var folder = TempPortfolio.With();

        var result = CliRunner.Run("new", folder, "--no-input", "--title", "CKA: \"Certified\" Kubernetes Administrator", "--provider", "CNCF",
            "--date", "2025-02-10", "--expiry", "10.02.2027", "--skills", "Kubernetes, Linux", "--level", "professional", "--url", "https://example.com/v");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var portfolio = new PortfolioLoader().Load(folder);
        Assert.Empty(portfolio.Diagnostics);
        var credential = Assert.Single(portfolio.Credentials);
        Assert.Equal("CKA: \"Certified\" Kubernetes Administrator", credential.Title);
        Assert.Equal(new DateOnly(2027, 2, 10), credential.Expires);
        Assert.Equal(["Kubernetes", "Linux"], credential.Skills);
        Assert.Equal("Professional", credential.Level);
        Assert.Equal("cka-certified-kubernetes-administrator", credential.Slug);
    }

    [Fact]
    public void Never_overwrites_an_existing_file()
    {
        var folder = TempPortfolio.With(("certifications/cka.md", "mine"));

        var result = CliRunner.Run("new", folder, "--no-input", "--title", "CKA", "--provider", "CNCF", "--date", "10.02.2025");

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(folder, "certifications", "cka.md")));
    }

    [Fact]
    public void Refuses_an_impossible_date_without_writing()
    {
        var folder = TempPortfolio.With();

        var result = CliRunner.Run("new", folder, "--no-input", "--title", "CKA", "--provider", "CNCF", "--date", "31.02.2025");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "certifications")));
    }

    [Fact]
    public void Without_a_terminal_missing_options_are_a_usage_error()
    {
        var folder = TempPortfolio.With();

        var result = CliRunner.Run("new", folder, "--no-input", "--title", "CKA");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }
}
