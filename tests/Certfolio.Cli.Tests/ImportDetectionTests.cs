using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;

namespace Certfolio.Cli.Tests;

/// <summary>import finds the format in the file when --from is not given, and says so; --from overrides.</summary>
public sealed class ImportDetectionTests
{
    private const string LinkedInCsv =
        "Name,Url,Authority,Started On,Finished On,License Number\n"
        + "Certified Kubernetes Administrator,https://www.credly.com/badges/cka,The Linux Foundation,Oct 2023,Oct 2026,LF-1\n";

    private static string Input(string folder, string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Imports_a_linkedin_export_without_from_and_says_it_detected_a_linkedin_csv()
    {
        // Given an empty portfolio and LinkedIn's Certifications.csv
        var folder = TempPortfolio.With();
        var csv = Input(folder, "Certifications.csv", LinkedInCsv);

        // When it is imported without --from
        var result = CliRunner.Run("import", "--into", folder, csv);

        // Then the format is named and the credential imported
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("detected: LinkedIn CSV (--from linkedin)", result.Output, StringComparison.Ordinal);
        Assert.Contains("created certifications/certified-kubernetes-administrator.md", result.Output, StringComparison.Ordinal);
        Assert.Single(new PortfolioLoader().Load(folder).Credentials);
    }

    [Fact]
    public void Imports_a_json_resume_without_from()
    {
        // Given a JSON Resume
        var folder = TempPortfolio.With();
        var resume = Input(folder, "resume.json", """{"certificates":[{"name":"CKA","date":"2024-08-15","issuer":"CNCF"}]}""");

        // When it is imported without --from
        var result = CliRunner.Run("import", "--into", folder, resume);

        // Then it is read as a JSON Resume
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("detected: JSON Resume (--from jsonresume)", result.Output, StringComparison.Ordinal);
        Assert.Contains("created certifications/cka.md", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_csv_given_with_from_jsonresume_gets_the_from_to_use_instead_of_a_json_parsers_message()
    {
        // Given LinkedIn's CSV
        var folder = TempPortfolio.With();
        var csv = Input(folder, "Certifications.csv", LinkedInCsv);

        // When it is imported with --from jsonresume
        var result = CliRunner.Run("import", "--from", "jsonresume", "--into", folder, csv);

        // Then it says what the file looks like and which --from to use, reads nothing and fails
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains($"Certifications.csv:1:1: error {Descriptors.InputOfAnotherFormat.Id}: this looks like a LinkedIn CSV, not a JSON Resume; use --from linkedin",
            result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Descriptors.InvalidJson.Id, result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("detected:", result.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "certifications")));
    }

    [Fact]
    public void A_file_of_no_format_without_from_asks_for_from_and_writes_nothing()
    {
        // Given a text file
        var folder = TempPortfolio.With();
        var notes = Input(folder, "notes.txt", "just some notes\n");

        // When it is imported without --from
        var result = CliRunner.Run("import", "--into", folder, notes);

        // Then CF0700 asks for --from and nothing is written
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Contains($"notes.txt:1:1: error {Descriptors.FormatNotRecognised.Id}: ", result.Output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(folder, "certifications")));
    }
}
