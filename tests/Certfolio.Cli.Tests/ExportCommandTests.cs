using System.Text.Json.Nodes;
using Certfolio.Core.Diagnostics;

namespace Certfolio.Cli.Tests;

public sealed class ExportCommandTests
{
    private static readonly string Example = Path.Combine(RepositoryRoot.Path, "examples", "portfolio");

    private static string TempFolder() => Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "certfolio-export-" + Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public void Writes_one_open_badge_per_credential_into_the_output_folder()
    {
        var output = TempFolder();

        var result = CliRunner.Run("export", "--to", "openbadges", Example, "-o", output);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var files = Directory.GetFiles(output, "*.json");
        Assert.Equal(Directory.GetFiles(Path.Combine(Example, "certifications"), "*.md").Length, files.Length);
        Assert.Contains(files, f => Path.GetFileName(f) == "aws-devops-professional.json");
    }

    [Fact]
    public void Open_badges_needs_an_output_folder()
    {
        var result = CliRunner.Run("export", "--to", "openbadges", Example);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("name the folder with -o", new Commands.ExportSettings { To = "openbadges", Path = Example }.Validate().Message);
    }

    [Fact]
    public void Prints_json_resume_to_standard_output_without_warnings_mixed_in()
    {
        var result = CliRunner.Run("export", "--to", "jsonresume", Example);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var certificates = JsonNode.Parse(result.Output)!["certificates"]!.AsArray();
        Assert.Contains(certificates, c => (string?)c!["credentialId"] == "DOP-C02-789456");
    }

    [Fact]
    public void Merges_into_an_existing_resume_in_place()
    {
        var folder = TempFolder();
        var resume = Path.Combine(folder, "resume.json");
        File.WriteAllText(resume, """{"basics":{"name":"Alex"},"certificates":[],"skills":[{"name":"Go"}]}""");

        var result = CliRunner.Run("export", "--to", "jsonresume", Example, "--into", resume);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var merged = JsonNode.Parse(File.ReadAllText(resume))!.AsObject();
        Assert.Equal(["basics", "certificates", "skills"], merged.Select(p => p.Key));
        Assert.NotEmpty(merged["certificates"]!.AsArray());
        Assert.Contains($": warning {Descriptors.FieldNotExported.Id}: JSON Resume cannot hold", result.Output);
    }

    [Fact]
    public void Merging_into_a_resume_saved_with_a_byte_order_mark_keeps_it_and_every_byte_outside_the_certificates()
    {
        // Given a resume as a Windows editor saves it: a byte order mark, CRLF, the certificates empty
        var resume = Path.Combine(TempFolder(), "resume.json");
        var before = "{\r\n  \"basics\": { \"name\": \"Alex\" },\r\n  \"certificates\": [],\r\n  \"skills\": [{ \"name\": \"Go\" }]\r\n}\r\n";
        File.WriteAllBytes(resume, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(before)]);

        // When the example portfolio is merged into it
        var result = CliRunner.Run("export", "--to", "jsonresume", Example, "--into", resume, "--quiet");

        // Then the mark and everything around the array are as they were
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var bytes = File.ReadAllBytes(resume);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var after = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("{\r\n  \"basics\": { \"name\": \"Alex\" },\r\n  \"certificates\": [\r\n    {\r\n", after, StringComparison.Ordinal);
        Assert.EndsWith("\r\n  ],\r\n  \"skills\": [{ \"name\": \"Go\" }]\r\n}\r\n", after, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_leaves_the_loss_report_out()
    {
        var resume = Path.Combine(TempFolder(), "resume.json");

        var result = CliRunner.Run("export", "--to", "jsonresume", Example, "-o", resume, "--quiet");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.DoesNotContain(Descriptors.FieldNotExported.Id, result.Output);
        Assert.True(File.Exists(resume));
    }

    [Fact]
    public void Writes_the_csv_with_the_status_of_the_pinned_day()
    {
        var file = Path.Combine(TempFolder(), "certs.csv");

        var result = CliRunner.Run("export", "--to", "csv", Example, "-o", file, "--today", "2026-01-15");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var lines = File.ReadAllLines(file);
        Assert.StartsWith("Name,Url,Authority,Started On,Finished On,License Number,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("AWS Certified DevOps Engineer - Professional,", StringComparison.Ordinal) && l.EndsWith(",active", StringComparison.Ordinal));
    }

    [Fact]
    public void Lists_linkedin_add_to_profile_links()
    {
        var result = CliRunner.Run("export", "--to", "linkedin-links", Example);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("  https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=AWS%20Certified%20DevOps%20Engineer%20-%20Professional", result.Output);
    }

    [Fact]
    public void Writes_the_json_ld_person()
    {
        var result = CliRunner.Run("export", "--to", "jsonld", Example);

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var person = JsonNode.Parse(result.Output)!;
        Assert.Equal("Person", (string?)person["@type"]);
        Assert.Equal("Alex Morgan", (string?)person["name"]);
    }

    [Fact]
    public void Into_works_only_with_json_resume()
    {
        var result = CliRunner.Run("export", "--to", "csv", Example, "--into", "resume.json");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }
}
