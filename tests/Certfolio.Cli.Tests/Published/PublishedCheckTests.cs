using System.Text.Json;

namespace Certfolio.Cli.Tests.Published;

[Collection(PublishedCollection.Name)]
public sealed class PublishedCheckTests(PublishedCli cli)
{
    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("github")]
    public void Published_check_reports_a_broken_portfolio_as_in_process(string format)
    {
        // Given the broken fixture, whose documents have errors and warnings
        using var twins = new Twins().Folder(Path.Combine(Twins.CliFixtures, "broken"), "broken");

        // When the published binary and the in-process tree check it in the same format
        var (published, inProcess) = twins.Run(cli, "check", "broken", "--format", format, "--today", "2026-11-26");

        // Then the diagnostics, the summary and the exit code are the same, and say what is wrong where
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.ContentErrors, published.ExitCode);
        switch (format)
        {
            case "text":
                Assert.Contains("broken/certifications/expired-before-issue.md:5:13: error CF0104: expiryDate 01.01.2020 is before date 15.08.2024\n"
                    + "  expiryDate: \"01.01.2020\"\n"
                    + "              ^^^^^^^^^^^^\n", published.Stdout, StringComparison.Ordinal);
                Assert.Matches(@"\d+ errors?, \d+ warnings?\n$", published.Stdout);
                break;
            case "json":
                using (var json = JsonDocument.Parse(published.Stdout))
                {
                    Assert.Contains(json.RootElement.EnumerateArray(), d => d.GetProperty("code").GetString() == "CF0104"
                        && d.GetProperty("file").GetString() == "broken/certifications/expired-before-issue.md"
                        && d.GetProperty("line").GetInt32() == 5 && d.GetProperty("column").GetInt32() == 13);
                }
                Assert.Matches(@"\d+ errors?, \d+ warnings?\n$", published.Stderr);
                break;
            default:
                Assert.All(published.Stdout.TrimEnd().Split('\n'), line => Assert.Matches(@"^::(error|warning) file=broken/certifications/[a-z-]+\.md,line=\d+,col=\d+,title=CF\d{4}::.+$", line));
                break;
        }
    }

    [Fact]
    public void Published_check_passes_the_example_portfolio_strictly_as_in_process()
    {
        // Given the example portfolio
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio");

        // When it is checked with warnings as errors
        var (published, inProcess) = twins.Run(cli, "check", "portfolio", "--strict", "--today", "2026-11-26");

        // Then it is clean in both
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.Success, published.ExitCode);
        Assert.EndsWith("0 errors, 0 warnings\n", published.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_today_is_the_same_published_usage_error()
    {
        // Given a --today that is not yyyy-MM-dd
        using var twins = new Twins().Folder(Path.Combine(Twins.CliFixtures, "broken"), "broken");

        // When the published binary validates the settings
        var (published, inProcess) = twins.Run(cli, "check", "broken", "--today", "26.11.2026");

        // Then it refuses them with the in-process message
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.Usage, published.ExitCode);
        Assert.Contains("--today '26.11.2026' must be a date written yyyy-MM-dd", published.Stderr, StringComparison.Ordinal);
    }
}
