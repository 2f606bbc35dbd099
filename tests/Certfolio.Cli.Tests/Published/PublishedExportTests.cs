using System.Text.Json.Nodes;

namespace Certfolio.Cli.Tests.Published;

[Collection(PublishedCollection.Name)]
public sealed class PublishedExportTests(PublishedCli cli)
{
    [Theory]
    [InlineData("jsonresume", "\"certificates\"")]
    [InlineData("jsonld", "\"@type\": \"Person\"")]
    [InlineData("csv", "Name,Url,Authority,Started On,Finished On,License Number,")]
    [InlineData("linkedin-links", "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=AWS%20Certified%20DevOps%20Engineer%20-%20Professional")]
    public void A_published_export_to_standard_output_is_the_in_process_export(string format, string expected)
    {
        // Given the example portfolio
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio");

        // When it is exported to standard output on a pinned day
        var (published, inProcess) = twins.Run(cli, "export", "--to", format, "portfolio", "--today", "2026-11-26");

        // Then the export and its warnings are the same
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.Success, published.ExitCode);
        Assert.Contains(expected, published.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jsonresume", "out/resume.json")]
    [InlineData("jsonld", "out/person.jsonld")]
    [InlineData("csv", "out/certifications.csv")]
    [InlineData("linkedin-links", "out/links.txt")]
    public void A_published_export_to_a_file_writes_the_in_process_file(string format, string file)
    {
        // Given the example portfolio
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio");

        // When it is exported to a file in a folder that does not exist yet
        var (published, inProcess) = twins.Run(cli, "export", "--to", format, "portfolio", "-o", file, "--today", "2026-11-26");

        // Then the messages and the written file are the same
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.Success, published.ExitCode);
        Assert.Contains($"wrote {file}\n", published.Stdout, StringComparison.Ordinal);
        Same.Tree(twins.InProcess, twins.Published);
        Assert.NotEqual(0, new FileInfo(Path.Combine(twins.Published, file)).Length);
    }

    [Fact]
    public void Published_open_badges_writes_the_in_process_badge_files()
    {
        // Given the example portfolio
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio");

        // When it is exported as one Open Badges 3.0 credential per document
        var (published, inProcess) = twins.Run(cli, "export", "--to", "openbadges", "portfolio", "-o", "badges", "--today", "2026-11-26");

        // Then both write the same badge files, one per credential
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.Success, published.ExitCode);
        Same.Tree(twins.InProcess, twins.Published);
        var badges = Directory.GetFiles(Path.Combine(twins.Published, "badges"), "*.json");
        Assert.Equal(Directory.GetFiles(Path.Combine(Twins.ExamplePortfolio, "certifications"), "*.md").Length, badges.Length);
        var badge = JsonNode.Parse(File.ReadAllText(Path.Combine(twins.Published, "badges", "aws-devops-professional.json")))!;
        Assert.Contains("AchievementCredential", badge["type"]!.AsArray().Select(t => (string?)t));
    }

    [Fact]
    public void Published_json_resume_merges_into_an_existing_resume_as_in_process()
    {
        // Given the example portfolio and a resume with other sections
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio").Folder(Path.Combine(Twins.InteropData, "jsonresume"), "resume");

        // When the certificates are merged into it
        var (published, inProcess) = twins.Run(cli, "export", "--to", "jsonresume", "portfolio", "--into", "resume/resume.json", "--today", "2026-11-26");

        // Then the merged resume is the same and keeps its other sections
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.Success, published.ExitCode);
        Same.Tree(twins.InProcess, twins.Published);
        var merged = JsonNode.Parse(File.ReadAllText(Path.Combine(twins.Published, "resume", "resume.json")))!.AsObject();
        Assert.Contains(merged["certificates"]!.AsArray(), c => (string?)c!["credentialId"] == "DOP-C02-789456");
        Assert.True(merged.Count > 1, "the resume's other sections are kept");
    }
}
