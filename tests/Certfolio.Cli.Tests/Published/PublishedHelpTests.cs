namespace Certfolio.Cli.Tests.Published;

[Collection(PublishedCollection.Name)]
public sealed class PublishedHelpTests(PublishedCli cli)
{
    private static readonly string[] Commands = ["init", "check", "new", "build", "serve", "import", "export", "status", "calendar"];

    [Fact]
    public void The_published_binary_prints_its_version_as_in_process()
    {
        // Given the published CLI and the same command tree in process
        // When both are asked for the version
        var published = cli.Run(RepositoryRoot.Path, "--version");
        var inProcess = InProcessCli.Run(RepositoryRoot.Path, "--version");

        // Then both print the assembly's three-part version and nothing else
        Same.Output(inProcess, published);
        Assert.Matches(@"^\d+\.\d+\.\d+\n$", published.Stdout);
        Assert.Equal(0, published.ExitCode);
    }

    [Fact]
    public void The_published_help_lists_every_command_as_in_process()
    {
        // Given the published CLI
        // When it is asked for help
        var published = cli.Run(RepositoryRoot.Path, "--help");
        var inProcess = InProcessCli.Run(RepositoryRoot.Path, "--help");

        // Then the help is the in-process help and names every command with its description
        Same.Output(inProcess, published);
        Assert.All(Commands, command => Assert.Matches($@"(?m)^\s+{command}\s+\S", published.Stdout));
    }

    [Theory]
    [InlineData("init", "--date-format")]
    [InlineData("check", "--format")]
    [InlineData("new", "--title")]
    [InlineData("build", "--output")]
    [InlineData("serve", "--port")]
    [InlineData("import", "--from")]
    [InlineData("export", "--to")]
    [InlineData("status", "--within")]
    [InlineData("calendar", "--stdout")]
    public void A_published_command_help_lists_its_options_as_in_process(string command, string option)
    {
        // Given a command, whose options the CLI reads from its settings' attributes
        // When the published binary is asked for the command's help
        var published = cli.Run(RepositoryRoot.Path, command, "--help");
        var inProcess = InProcessCli.Run(RepositoryRoot.Path, command, "--help");

        // Then the help is the in-process help and shows the option
        Same.Output(inProcess, published);
        Assert.Contains(option, published.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_published_option_is_the_same_usage_error_as_in_process()
    {
        // Given an option no command has
        // When the published binary parses it
        var published = cli.Run(RepositoryRoot.Path, "check", "--no-such-option");
        var inProcess = InProcessCli.Run(RepositoryRoot.Path, "check", "--no-such-option");

        // Then it is the same one-line usage error, without a stack trace
        Same.Output(inProcess, published);
        Assert.Equal(ExitCodes.Usage, published.ExitCode);
        Assert.StartsWith("error: ", published.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", published.Stderr, StringComparison.Ordinal);
    }
}
