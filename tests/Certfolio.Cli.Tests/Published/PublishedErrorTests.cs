using System.Net;
using System.Net.Sockets;

namespace Certfolio.Cli.Tests.Published;

/// <summary>Bad input and failing writes: the published binary explains them as the in-process tree does, in one line, never with a stack trace.</summary>
[Collection(PublishedCollection.Name)]
public sealed class PublishedErrorTests(PublishedCli cli)
{
    [Fact]
    public void Published_check_reports_malformed_yaml_and_badly_typed_values_as_in_process()
    {
        // Given a portfolio whose settings and documents are not valid YAML, or hold values of the wrong type
        using var twins = new Twins()
            .Text("bad/certfolio.yaml", "title: [unclosed\nexpiringDays: 30\n")
            .Text("bad/certifications/a.md", "---\ntitle: \"A\ndate: : :\n---\nBody\n")
            .Text("bad/certifications/b.md", "---\ntitle: B\ndate: 2024-02-30\nprovider: P\nskills: {a: 1}\nlevel: [x]\n---\n");

        // When it is checked
        var (published, inProcess) = twins.Run(cli, "check", "bad", "--today", "2026-11-26");

        // Then both point at every bad value with the parser's message
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.ContentErrors, published.ExitCode);
        Assert.Contains("bad/certfolio.yaml:1:8: error CF0008: invalid YAML", published.Stdout, StringComparison.Ordinal);
        Assert.Contains("bad/certifications/a.md:2:8: error CF0019: the \" opened here is never closed", published.Stdout, StringComparison.Ordinal);
        Assert.Contains("bad/certifications/b.md:5:9: error CF0102: 'skills' must be a list of strings, not a mapping", published.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    // A write the file system refuses (a path under a file) failed as an operation: exit 1, the original untouched.
    [InlineData(ExitCodes.ContentErrors, "calendar", "portfolio", "-o", "portfolio/certfolio.yaml/x.ics")]
    [InlineData(ExitCodes.ContentErrors, "export", "--to", "csv", "portfolio", "-o", "portfolio/certfolio.yaml/x.csv")]
    // An output Certfolio refuses to use is a usage error: exit 2.
    [InlineData(ExitCodes.Usage, "build", "portfolio", "-o", "portfolio/certifications")]
    public void A_published_write_that_cannot_happen_fails_as_in_process(int exitCode, params string[] args)
    {
        // Given the example portfolio and an output path that cannot be written (under a file, or a folder certfolio did not make)
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio");

        // When the command writes there
        var (published, inProcess) = twins.RunAnonymised(cli, [.. args, "--today", "2026-11-26"]);

        // Then both refuse with the same message, system error text included, and change nothing
        Same.Output(inProcess, published);
        Assert.Equal(exitCode, published.ExitCode);
        Assert.Contains("error: ", published.Stdout + published.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", published.Stdout + published.Stderr, StringComparison.Ordinal);
        Same.Tree(twins.InProcess, twins.Published);
    }

    [Theory]
    [InlineData("export", "--to", "openbadges", "portfolio")]
    [InlineData("export", "--to", "myspace", "portfolio")]
    [InlineData("export", "--to", "csv", "portfolio", "--into", "resume.json")]
    [InlineData("import", "--from", "myspace", "--into", "portfolio", "portfolio/certfolio.yaml")]
    [InlineData("import", "--from", "linkedin", "--into", "portfolio", "missing.csv")]
    [InlineData("status", "portfolio", "--within", "-1")]
    [InlineData("status", "portfolio", "--team")]
    [InlineData("serve", "portfolio", "--port", "99999")]
    [InlineData("serve", "portfolio", "--host", "example.com")]
    [InlineData("check", "missing-folder")]
    public void A_published_usage_error_is_the_in_process_one(params string[] args)
    {
        // Given the example portfolio
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio");

        // When a command is given options it must refuse
        var (published, inProcess) = twins.Run(cli, args);

        // Then both refuse them with the same message and exit code
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.Usage, published.ExitCode);
        Assert.StartsWith("error: ", published.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Published_serve_on_a_taken_port_says_so_and_exits()
    {
        // Given a port something else listens on
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var twins = new Twins().Folder(Twins.ExamplePortfolio, "portfolio");

        // When the published binary is asked to serve on it
        var published = cli.Run(twins.Published, "serve", "portfolio", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Then it names the address it could not listen on and exits with a usage error
        Assert.Equal(ExitCodes.Usage, published.ExitCode);
        Assert.StartsWith($"error: cannot listen on http://127.0.0.1:{port}", published.Stdout, StringComparison.Ordinal);
        Assert.Equal("", published.Stderr);
    }
}
