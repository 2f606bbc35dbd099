using Spectre.Console.Cli.Testing;

namespace Certfolio.Cli.Tests;

/// <summary>Runs the real command tree in process, at a fixed console width, as golden tests need.</summary>
public static class CliRunner
{
    public static CommandAppResult Run(params string[] args)
    {
        var app = new CommandAppTester();
        app.Configure(Program.Configure);
        return app.Run(args);
    }

    /// <summary>
    /// As <see cref="Run"/>, with what the command wrote to standard error (usage errors go there). Swaps the
    /// process's standard error: only for tests in <see cref="CurrentDirectoryCollection"/>, which run alone.
    /// </summary>
    public static (CommandAppResult Result, string Errors) RunCapturingErrors(params string[] args)
    {
        var previous = Console.Error;
        using var errors = new StringWriter();
        Console.SetError(errors);
        try
        {
            var result = Run(args);
            return (result, errors.ToString().ReplaceLineEndings("\n"));
        }
        finally
        {
            Console.SetError(previous);
        }
    }

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
