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
}
