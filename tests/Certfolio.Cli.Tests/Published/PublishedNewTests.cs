namespace Certfolio.Cli.Tests.Published;

[Collection(PublishedCollection.Name)]
public sealed class PublishedNewTests(PublishedCli cli)
{
    [Fact]
    public void Published_new_writes_the_in_process_document_from_every_option()
    {
        // Given the example portfolio, whose certfolio.yaml decides the document's keys
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio");

        // When a credential is created from every option, with quotes and a colon to escape
        var (published, inProcess) = twins.Run(cli, "new", "portfolio", "--no-input", "--title", "CKS: \"Certified\" Kubernetes Security Specialist",
            "--provider", "Cloud Native Computing Foundation", "--date", "2025-02-10", "--expiry", "10.02.2027", "--id", "LF-CKS-1",
            "--url", "https://example.com/verify/cks", "--skills", "Kubernetes, Security", "--level", "specialty", "--logo", "/logos/kubernetes.svg",
            "--description", "Securing clusters: supply chain, runtime and network policy.");

        // Then both write the same document, which the published check accepts
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.Success, published.ExitCode);
        Assert.Equal("created portfolio/certifications/cks-certified-kubernetes-security-specialist.md\n", published.Stdout);
        Same.Tree(twins.InProcess, twins.Published);
        var check = cli.Run(twins.Published, "check", "portfolio", "--today", "2026-11-26", "--format", "github");
        Assert.DoesNotContain("cks-certified-kubernetes-security-specialist.md", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Published_new_refuses_missing_options_without_a_terminal_as_in_process()
    {
        // Given an empty portfolio and no terminal to ask in
        using var twins = new Twins().EmptyFolder("portfolio/certifications");

        // When new is given a title only
        var (published, inProcess) = twins.Run(cli, "new", "portfolio", "--title", "CKA");

        // Then both name the missing options, exit with a usage error and write nothing
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.Usage, published.ExitCode);
        Assert.Contains("missing --provider, --date", published.Stderr, StringComparison.Ordinal);
        Same.Tree(twins.InProcess, twins.Published);
        Assert.Empty(Directory.GetFiles(Path.Combine(twins.Published, "portfolio", "certifications")));
    }

    [Fact]
    public void Published_new_asks_at_a_terminal_and_writes_what_the_options_write_in_process()
    {
        // Given an empty portfolio
        using var twins = new Twins().EmptyFolder("portfolio/certifications");

        // When the published binary asks for each field at a terminal, and the in-process tree is given them as options
        var published = cli.AnswerInTerminal(twins.Published, "CKA\nCNCF\n10.02.2025\n10.02.2027\nLF-1\n\nKubernetes, Linux\nprofessional\n\n\n", "new", "portfolio");
        var inProcess = InProcessCli.Run(twins.InProcess, "new", "portfolio", "--no-input", "--title", "CKA", "--provider", "CNCF", "--date", "10.02.2025",
            "--expiry", "10.02.2027", "--id", "LF-1", "--skills", "Kubernetes, Linux", "--level", "professional");

        // Then every prompt was shown, and both wrote the same document
        Assert.True(published.ExitCode == ExitCodes.Success, published.ToString());
        Assert.Equal(ExitCodes.Success, inProcess.ExitCode);
        foreach (var prompt in new[] { "Title: ", "Provider: ", "Issue date (dd.MM.yyyy or yyyy-MM-dd): ", "Skills, comma-separated (optional): ", "Level (optional): ",
                     "Logo: a file in the assets folder (/logos/x.svg) or an https URL (optional): ", "Description, one paragraph (optional): " })
            Assert.Contains(prompt, published.Stdout, StringComparison.Ordinal);
        Assert.Contains("created portfolio/certifications/cka.md\n", published.Stdout, StringComparison.Ordinal);
        Same.Tree(twins.InProcess, twins.Published);
    }
}
