namespace Certfolio.Cli.Tests.Published;

[Collection(PublishedCollection.Name)]
public sealed class PublishedImportTests(PublishedCli cli)
{
    [Theory]
    [InlineData("linkedin", "linkedin/Certifications.csv")]
    [InlineData("credly", "credly/badges-page1.json", "credly/badges-page2.json")]
    [InlineData("jsonresume", "jsonresume/resume.json")]
    [InlineData("openbadges", "openbadges/ob3-validfrom.json")]
    [InlineData("openbadges", "openbadges/ob2-assertion.json")]
    [InlineData("hugo-academic", "hugo/accomplishments.yaml.md")]
    [InlineData("hugo-academic", "hugo/accomplishments.toml.md")]
    public void A_published_import_writes_the_in_process_documents(string format, params string[] inputs)
    {
        // Given an empty portfolio and an export of another tool (the Interop tests' data)
        using var twins = new Twins().EmptyFolder("portfolio/certifications");
        foreach (var input in inputs) twins.File(Path.Combine(Twins.InteropData, input), Path.Combine("inputs", input));

        // When the published binary and the in-process tree import it
        var (published, inProcess) = twins.Run(cli, ["import", "--from", format, "--into", "portfolio", .. inputs.Select(i => "inputs/" + i)]);

        // Then both report the same and write the same documents, at least one of them
        Same.Output(inProcess, published);
        Same.Tree(twins.InProcess, twins.Published);
        Assert.Contains("created certifications/", published.Stdout, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(twins.Published, "portfolio", "certifications"), "*.md"));
    }

    [Fact]
    public void A_published_dry_run_and_a_second_import_report_as_in_process()
    {
        // Given a portfolio the LinkedIn export was already imported into
        using var twins = new Twins().EmptyFolder("portfolio/certifications").File(Path.Combine(Twins.InteropData, "linkedin", "Certifications.csv"), "Certifications.csv");
        twins.Run(cli, "import", "--from", "linkedin", "--into", "portfolio", "Certifications.csv");

        // When it is imported again, first as a dry run
        var (publishedDry, inProcessDry) = twins.Run(cli, "import", "--from", "linkedin", "--into", "portfolio", "--dry-run", "Certifications.csv");
        var (published, inProcess) = twins.Run(cli, "import", "--from", "linkedin", "--into", "portfolio", "Certifications.csv");

        // Then both runs find every document unchanged, and nothing differs between the twins
        Same.Output(inProcessDry, publishedDry);
        Same.Output(inProcess, published);
        Assert.StartsWith("dry run, nothing written: ", publishedDry.Stdout.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
        Assert.Contains("unchanged certifications/", published.Stdout, StringComparison.Ordinal);
        Same.Tree(twins.InProcess, twins.Published);
    }

    [Fact]
    public void A_published_import_of_malformed_json_reports_its_position_as_in_process()
    {
        // Given a Credly file of the wrong shape
        using var twins = new Twins().EmptyFolder("portfolio/certifications").File(Path.Combine(Twins.InteropData, "credly", "wrong-shape.json"), "wrong-shape.json");

        // When it is imported
        var (published, inProcess) = twins.Run(cli, "import", "--from", "credly", "--into", "portfolio", "wrong-shape.json");

        // Then both name the problem, fail, and write nothing
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.ContentErrors, published.ExitCode);
        Assert.Contains("wrong-shape.json", published.Stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(twins.Published, "portfolio", "certifications")));
    }
}
