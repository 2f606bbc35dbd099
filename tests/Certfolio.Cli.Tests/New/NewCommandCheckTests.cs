using Certfolio.Core.Diagnostics;

namespace Certfolio.Cli.Tests.New;

/// <summary>new writes only what check accepts, and says what check rejects at the option that gave it.</summary>
public sealed class NewCommandCheckTests
{
    private static (Spectre.Console.Cli.Testing.CommandAppResult Result, string Folder) New(params string[] options)
    {
        var folder = TempPortfolio.With();
        return (CliRunner.Run(["new", folder, "--no-input", .. options]), folder);
    }

    private static string[] Written(string folder) => Directory.GetFileSystemEntries(Path.Combine(folder, "certifications"));

    [Fact]
    public void An_expiry_before_the_issue_date_is_refused_at_the_expiry_option_whatever_the_order()
    {
        // Given options with --expiry before --date, and an expiry a year before the issue
        // When new runs
        var (result, folder) = New("--title", "CKA", "--provider", "CNCF", "--expiry", "2024-01-01", "--date", "2025-01-01");

        // Then check's CF0104 is printed at --expiry, the command fails and nothing is written
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains($"--expiry '2024-01-01': error {Descriptors.ExpiryBeforeIssue.Id}: ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("created", result.Output, StringComparison.Ordinal);
        Assert.Empty(Written(folder));
    }

    [Fact]
    public void A_javascript_verification_url_is_refused_at_the_url_option()
    {
        // Given a javascript: URL as the verification URL
        // When new runs
        var (result, folder) = New("--title", "CKA", "--provider", "CNCF", "--date", "10.02.2025", "--url", "javascript:alert(1)");

        // Then check's CF0109 is printed at --url and nothing is written
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains($"--url 'javascript:alert(1)': error {Descriptors.InvalidVerificationUrl.Id}: ", result.Output, StringComparison.Ordinal);
        Assert.Empty(Written(folder));
    }

    [Fact]
    public void A_logo_outside_the_assets_folder_is_refused_at_the_logo_option()
    {
        // Given a logo path that climbs out of the assets folder
        // When new runs
        var (result, folder) = New("--title", "CKA", "--provider", "CNCF", "--date", "10.02.2025", "--logo", "../secret.svg");

        // Then check's CF0110 is printed at --logo and nothing is written
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains($"--logo '../secret.svg': error {Descriptors.LogoOutsideAssets.Id}: ", result.Output, StringComparison.Ordinal);
        Assert.Empty(Written(folder));
    }

    [Fact]
    public void A_date_in_another_layout_gets_checks_own_fix_at_the_date_option()
    {
        // Given a year-first slashed date, which check refuses with the exact text to write
        // When new runs
        var (result, folder) = New("--title", "CKA", "--provider", "CNCF", "--date", "2025/01/15");

        // Then the same diagnostic check gives is printed at --date, with its fix
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains($"--date '2025/01/15': error {Descriptors.DateInOtherLayout.Id}: ", result.Output, StringComparison.Ordinal);
        Assert.Contains("'15.01.2025'", result.Output, StringComparison.Ordinal);
        Assert.Empty(Written(folder));
    }

    [Fact]
    public void A_credential_id_another_document_holds_is_refused_as_check_refuses_it()
    {
        // Given a portfolio with a document holding credential ID LF-1
        var folder = TempPortfolio.With(("certifications/cka.md", "---\ntitle: CKA\nprovider: CNCF\ndate: 10.02.2025\ncredentialId: LF-1\n---\n"));

        // When new is given the same ID for another credential
        var result = CliRunner.Run("new", folder, "--no-input", "--title", "CKAD", "--provider", "CNCF", "--date", "10.03.2025", "--id", "LF-1");

        // Then check's rule across the portfolio refuses it at --id and the new file is not written
        Assert.NotEqual(ExitCodes.Success, result.ExitCode);
        Assert.Contains($"--id 'LF-1': error {Descriptors.DuplicateCredentialId.Id}: ", result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "certifications", "ckad.md")));
    }

    [Fact]
    public void Writes_the_logo_and_description_it_is_given_and_check_accepts_the_document()
    {
        // Given a logo in the assets folder and a description
        var folder = TempPortfolio.With(("public/logos/cncf.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));

        // When new runs
        var result = CliRunner.Run("new", folder, "--no-input", "--title", "CKA", "--provider", "CNCF", "--date", "10.02.2025",
            "--logo", "/logos/cncf.svg", "--description", "Kubernetes administration.");

        // Then the document holds both and loads without a diagnostic
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var portfolio = new Core.Portfolios.PortfolioLoader().Load(folder);
        Assert.Empty(portfolio.Diagnostics);
        var credential = Assert.Single(portfolio.Credentials);
        Assert.Equal("Kubernetes administration.", credential.Description);
        Assert.Equal("/logos/cncf.svg", credential.Logo?.Value);
    }
}
