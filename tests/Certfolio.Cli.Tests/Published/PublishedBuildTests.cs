using System.Text.RegularExpressions;

namespace Certfolio.Cli.Tests.Published;

[Collection(PublishedCollection.Name)]
public sealed partial class PublishedBuildTests(PublishedCli cli)
{
    [Fact]
    public void The_published_build_of_the_example_portfolio_is_byte_for_byte_the_in_process_build()
    {
        // Given the example portfolio
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio");

        // When the published binary and the in-process tree build it on the same day into a folder of their own
        var (published, inProcess) = twins.Run(cli, "build", "portfolio", "--today", "2026-11-26", "-o", "site");

        // Then they report the same (but for the time taken), and every file of both sites, and the set of files, is the same
        Same.Output(inProcess with { Stdout = WithoutTime(inProcess.Stdout) }, published with { Stdout = WithoutTime(published.Stdout) });
        Assert.Equal(ExitCodes.Success, published.ExitCode);
        Assert.Matches(@"^\d+ pages written, \d+\.\d MB, \d+\.\d\d s → site\n(View it with `certfolio serve portfolio`|Publish site at \S+) .*\n$", published.Stdout);
        Same.Tree(twins.InProcess, twins.Published);
        var site = Path.Combine(twins.Published, "site");
        Assert.Contains("AWS Certified DevOps Engineer - Professional", File.ReadAllText(Path.Combine(site, "certifications", "aws-devops-professional", "index.html")), StringComparison.Ordinal);
        // The visitor's site: the renewal calendar is the owner's (build --owner, or public: { calendar: true })
        Assert.False(File.Exists(Path.Combine(site, "calendar.ics")));
    }

    [Fact]
    public void The_published_build_of_a_broken_portfolio_stops_with_the_in_process_diagnostics()
    {
        // Given the broken fixture
        using var twins = new Twins().Folder(Path.Combine(Twins.CliFixtures, "broken"), "broken");

        // When it is built
        var (published, inProcess) = twins.Run(cli, "build", "broken", "--today", "2026-11-26", "-o", "site");

        // Then both print the same diagnostics, stop, and write nothing
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.ContentErrors, published.ExitCode);
        Assert.Contains("broken/certifications/expired-before-issue.md:5:13: error CF0104", published.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("build stopped: nothing was written\n", published.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(twins.Published, "site")));
        Same.Tree(twins.InProcess, twins.Published);
    }

    [Fact]
    public void The_published_build_at_a_terminal_shows_progress_and_writes_the_in_process_site()
    {
        // Given a portfolio large enough for a progress bar at a terminal
        using var twins = new Twins();
        for (var i = 1; i <= Commands.BuildCommand.ProgressThreshold + 20; i++)
            twins.Text($"big/certifications/c{i}.md", $"---\ntitle: \"Cert {i}\"\ndate: \"2024-01-01\"\nprovider: \"Provider {i % 7}\"\nskills: [\"Skill {i % 13}\"]\n---\nBody {i}.\n");

        // When the published binary builds it at a terminal, and the in-process tree without one
        var published = cli.RunInTerminal(twins.Published, PublishedCli.Columns, "build", "big", "--today", "2026-11-26", "-o", "site");
        var inProcess = InProcessCli.Run(twins.InProcess, "build", "big", "--today", "2026-11-26", "-o", "site");

        // Then the terminal saw the progress bar reach 100%, the report after it is the in-process one, and the sites are the same
        Assert.True(published.ExitCode == ExitCodes.Success, published.ToString());
        Assert.Equal(ExitCodes.Success, inProcess.ExitCode);
        Assert.Contains("Rendering pages", published.Stdout, StringComparison.Ordinal);
        Assert.Contains("100%", published.Stdout, StringComparison.Ordinal);
        Assert.EndsWith(WithoutTime(inProcess.Stdout), WithoutTime(published.Stdout), StringComparison.Ordinal);
        Same.Tree(twins.InProcess, twins.Published);
    }

    private static string WithoutTime(string output) => Elapsed().Replace(output, " # s → ");

    [GeneratedRegex(@" \d+\.\d\d s → ")]
    private static partial Regex Elapsed();
}
