using Spectre.Console.Cli;
using Spectre.Console.Testing;

namespace Certfolio.Cli.Tests.Published;

/// <summary>
/// The same command tree run in this process under the JIT, as the published binary runs with its output redirected:
/// untrimmed, <see cref="PublishedCli.Columns"/> wide, no colour, in the given current folder (paths print relative
/// to it), with standard error captured. Only for <see cref="PublishedCollection"/>, which runs alone.
/// </summary>
public static class InProcessCli
{
    public static CliRun Run(string workingDirectory, params string[] args) => Run(workingDirectory, PublishedCli.Columns, args);

    /// <summary>As <see cref="Run(string, string[])"/>, at a console <paramref name="columns"/> wide.</summary>
    public static CliRun Run(string workingDirectory, int columns, params string[] args)
    {
        var previousError = Console.Error;
        using var error = new StringWriter();
        Console.SetError(error);
        try
        {
            var result = CurrentDirectoryCollection.In(workingDirectory, () =>
            {
                // Not CommandAppTester: it normalises line endings, and the CRLF of an .ics or a CSV file is part of the output.
                var console = new TestConsole().Width(columns);
                var app = new CommandApp();
                app.Configure(config =>
                {
                    Program.Configure(config);
                    config.ConfigureConsole(console);
                });
                return new CliRun(app.Run(args), console.Output, "");
            });
            return result with { Stderr = error.ToString() };
        }
        finally
        {
            Console.SetError(previousError);
        }
    }
}
