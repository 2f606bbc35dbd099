using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;

namespace Certfolio.Cli.Tests;

public sealed class ImportCommandTests
{
    private const string LinkedInCsv =
        "Name,Url,Authority,Started On,Finished On,License Number\n"
        + "Certified Kubernetes Administrator,https://www.credly.com/badges/cka,The Linux Foundation,Oct 2023,Oct 2026,LF-1\n"
        + "No Date,,Somebody,,,\n";

    private static string Input(string folder, string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Imports_a_linkedin_export_and_reports_the_skipped_row()
    {
        // Given an empty portfolio and a LinkedIn export with one unusable row
        var folder = TempPortfolio.With();
        var csv = Input(folder, "Certifications.csv", LinkedInCsv);

        // When it is imported
        var result = CliRunner.Run("import", "--from", "linkedin", "--into", folder, csv);

        // Then the good row becomes a clean document and the bad row is reported compiler style, at its line and row
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains($"Certifications.csv:3:1: error {Descriptors.RecordWithoutIssueDate.Id}: row 3: 'No Date' ", result.Output);
        Assert.Contains("created certifications/certified-kubernetes-administrator.md  (Certifications.csv row 2)", result.Output);
        var portfolio = new PortfolioLoader().Load(folder);
        Assert.Empty(portfolio.Diagnostics);
        Assert.Single(portfolio.Credentials);
    }

    [Fact]
    public void Importing_again_is_idempotent_and_succeeds()
    {
        var folder = TempPortfolio.With();
        var csv = Input(folder, "Certifications.csv", LinkedInCsv.Split("No Date")[0]);
        CliRunner.Run("import", "--from", "linkedin", "--into", folder, csv);
        var before = File.ReadAllText(Path.Combine(folder, "certifications", "certified-kubernetes-administrator.md"));

        var result = CliRunner.Run("import", "--from", "linkedin", "--into", folder, csv);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("unchanged certifications/certified-kubernetes-administrator.md", result.Output);
        Assert.Equal(before, File.ReadAllText(Path.Combine(folder, "certifications", "certified-kubernetes-administrator.md")));
    }

    [Fact]
    public void Dry_run_prints_what_would_be_created_and_writes_nothing()
    {
        var folder = TempPortfolio.With();
        var csv = Input(folder, "Certifications.csv", LinkedInCsv);

        var result = CliRunner.Run("import", "--from", "linkedin", "--into", folder, "--dry-run", csv);

        Assert.Contains("would create certifications/certified-kubernetes-administrator.md", result.Output);
        Assert.Contains("dry run, nothing written", result.Output);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "certifications")));
    }

    [Fact]
    public void Prints_the_differences_and_rewrites_them_only_with_force()
    {
        // Given the reference document in a portfolio and a JSON Resume that moves its expiry
        var folder = TempPortfolio.With(("certifications/aws-devops-professional.md",
            File.ReadAllText(Path.Combine(RepositoryRoot.Path, "examples", "portfolio", "certifications", "aws-devops-professional.md"))));
        var resume = Input(folder, "resume.json", """{"certificates":[{"name":"AWS Certified DevOps Engineer - Professional","date":"2024-08-15","issuer":"Amazon Web Services","credentialId":"DOP-C02-789456","expiryDate":"2028-09-01"}]}""");
        var document = Path.Combine(folder, "certifications", "aws-devops-professional.md");
        var original = File.ReadAllText(document);

        // When it is imported without and then with --force
        var plain = CliRunner.Run("import", "--from", "jsonresume", "--into", folder, resume);
        var unchangedText = File.ReadAllText(document);
        var forced = CliRunner.Run("import", "--from", "jsonresume", "--into", folder, "--force", resume);

        // Then the first run only lists the difference; the second rewrites that one value
        Assert.Equal(ExitCodes.ContentErrors, plain.ExitCode);
        Assert.Contains("differs certifications/aws-devops-professional.md", plain.Output);
        Assert.Contains("    expiryDate: 2027-08-15 -> 2028-09-01", plain.Output);
        Assert.Equal(original, unchangedText);
        Assert.Equal(ExitCodes.Success, forced.ExitCode);
        Assert.Equal(original.Replace("expiryDate: \"15.08.2027\"", "expiryDate: \"01.09.2028\"", StringComparison.Ordinal), File.ReadAllText(document));
    }

    [Fact]
    public void Force_with_another_title_is_a_conflict_counted_in_the_summary()
    {
        // Given the reference document and a JSON Resume row with its credential ID but another credential's title
        var folder = TempPortfolio.With(("certifications/aws-devops-professional.md",
            File.ReadAllText(Path.Combine(RepositoryRoot.Path, "examples", "portfolio", "certifications", "aws-devops-professional.md"))));
        var resume = Input(folder, "resume.json", """{"certificates":[{"name":"AWS DevOps Pro","date":"2024-08-15","issuer":"Amazon Web Services","credentialId":"DOP-C02-789456"}]}""");
        var document = Path.Combine(folder, "certifications", "aws-devops-professional.md");
        var original = File.ReadAllText(document);

        // When it is imported with --force
        var forced = CliRunner.Run("import", "--from", "jsonresume", "--into", folder, "--force", resume);

        // Then the document is untouched and the conflict is an error and a part of the summary
        Assert.Equal(ExitCodes.ContentErrors, forced.ExitCode);
        Assert.Contains($"error {Descriptors.ConflictingDocument.Id}: $.certificates[0]: conflicts with certifications/aws-devops-professional.md", forced.Output);
        Assert.Contains("1 in conflict with a document (left alone)", forced.Output);
        Assert.Equal(original, File.ReadAllText(document));
    }

    [Fact]
    public void A_malformed_file_is_an_error_with_its_position_and_writes_nothing()
    {
        var folder = TempPortfolio.With();
        var json = Input(folder, "badges.json", "{\"data\": [ {\"id\": ] }");

        var result = CliRunner.Run("import", "--from", "credly", "--into", folder, json);

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains($"badges.json:1:", result.Output);
        Assert.Contains($": error {Descriptors.InvalidJson.Id}: ", result.Output);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "certifications")));
    }

    [Fact]
    public void A_diagnostic_quoting_the_imported_file_is_escaped_for_the_terminal()
    {
        // Given a certificate whose name holds an escape sequence and which has no issuer
        var folder = TempPortfolio.With();
        var resume = Input(folder, "resume.json", "{\"certificates\":[{\"name\":\"Evil\\u001b]0;pwned\\u0007\",\"date\":\"2024\"}]}");

        // When it is imported
        var result = CliRunner.Run("import", "--from", "jsonresume", "--into", folder, resume);

        // Then the diagnostic names it with the escapes made visible, and no control character reaches the terminal
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains($"resume.json:1:18: error {Descriptors.RecordWithoutProvider.Id}: $.certificates[0].issuer: 'Evil\\x1B]0;pwned\\x07' ", result.Output);
        Assert.DoesNotContain('\u001b', result.Output);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error_naming_the_formats()
    {
        var folder = TempPortfolio.With();
        var csv = Input(folder, "x.csv", LinkedInCsv);

        var result = CliRunner.Run("import", "--from", "myspace", "--into", folder, csv);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        var validation = new Commands.ImportSettings { From = "myspace", Files = [csv], Into = folder }.Validate();
        Assert.Contains("linkedin, credly, jsonresume, openbadges, hugo-academic", validation.Message);
    }

    [Fact]
    public void A_resume_with_only_awards_fails_until_include_awards_imports_them()
    {
        var folder = TempPortfolio.With();
        var resume = Input(folder, "resume.json", """{"awards":[{"title":"Oracle Certified Associate, Java SE 8 Programmer","date":"2016-05","awarder":"Oracle"}]}""");

        var without = CliRunner.Run("import", "--from", "jsonresume", "--into", folder, resume);
        var with = CliRunner.Run("import", "--from", "jsonresume", "--into", folder, "--include-awards", resume);

        Assert.Equal(ExitCodes.ContentErrors, without.ExitCode);
        Assert.Contains($"error {Descriptors.NothingToImport.Id}: $.certificates: the file has no certificates, only 1 award(s) (--include-awards imports them as credentials)", without.Output);
        Assert.Equal(ExitCodes.Success, with.ExitCode);
        Assert.Contains("created certifications/oracle-certified-associate-java-se-8-programmer.md  (resume.json $.awards[0])", with.Output);
    }

    [Fact]
    public void Include_awards_is_refused_for_a_format_without_awards()
    {
        var folder = TempPortfolio.With();
        var csv = Input(folder, "Certifications.csv", LinkedInCsv);

        var result = CliRunner.Run("import", "--from", "linkedin", "--into", folder, "--include-awards", csv);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }
}
