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

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);
}
