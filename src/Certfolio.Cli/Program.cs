using System.Diagnostics.CodeAnalysis;
using Certfolio.Cli.Commands;
using Certfolio.Interop;
using Spectre.Console.Cli;

namespace Certfolio.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var code = CreateApp().Run(args);
        if (Output.RunStatistics.Enabled) Console.Error.WriteLine(Output.RunStatistics.Describe());
        return code;
    }

    /// <summary>The command tree, shared by the executable and the in-process CLI tests.</summary>
    // Spectre.Console.Cli binds settings by reflection. The Native AOT publish keeps every member of the assemblies not
    // marked trimmable (TrimMode partial, Certfolio.Cli.csproj), ours and Spectre's among them, and the published binary
    // runs every command in tests/Certfolio.Cli.Tests/Published.
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Settings types are kept whole; the published binary is tested end to end.")]
    public static CommandApp CreateApp()
    {
        var app = new CommandApp();
        app.Configure(Configure);
        return app;
    }

    public static void Configure(IConfigurator config)
    {
        config.SetApplicationName("certfolio");
        config.SetApplicationVersion(typeof(Program).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        config.Settings.StrictParsing = true;
        // The names registered below, for "did you mean 'check'?" on a typo.
        var commands = new List<string>();
        config.SetExceptionHandler((exception, _) => ErrorReporter.Report(exception, new CommandSuggestion(commands)));
        ICommandConfigurator AddCommand<TCommand>(string name) where TCommand : class, ICommand
        {
            commands.Add(name);
            return config.AddCommand<TCommand>(name);
        }

        AddCommand<InitCommand>("init")
            .WithDescription("Start a portfolio: certfolio.yaml, an example document and a CI workflow; never overwrites.")
            .WithExample("init", "my-certifications", "--name", "\"Alex Morgan\"", "--ci", "github");
        AddCommand<CheckCommand>("check")
            .WithDescription("Validate a portfolio like a compiler: every problem, with file:line:column.")
            .WithExample("check", "examples/portfolio")
            .WithExample("check", "--format", "github", "--strict");
        AddCommand<NewCommand>("new")
            .WithDescription("Write a new certification document from options, or ask for them in a terminal.")
            .WithExample("new", "--title", "\"CKA\"", "--provider", "CNCF", "--date", "10.02.2025");
        AddCommand<BuildCommand>("build").WithDescription("Build the static site (default PATH/_site), replacing the old output only on success.").WithExample("build", "examples/portfolio", "-o", "public-site", "--today", "2026-01-15");
        AddCommand<ServeCommand>("serve").WithDescription("Preview the site: built in memory, rebuilt on every save, open tabs reloaded.").WithExample("serve", "examples/portfolio", "--port", "5080");
        // The formats are named from their one registration (Interop/Formats.cs).
        AddCommand<ImportCommand>("import").WithDescription($"Import credentials from {Formats.Importers.TitlesAsChoice} as new documents.").WithExample("import", "--from", "linkedin", "--into", "examples/portfolio", "Certifications.csv");
        AddCommand<ExportCommand>("export").WithDescription($"Export the portfolio as {Formats.Exporters.TitlesAsChoice}.").WithExample("export", "--to", "openbadges", "examples/portfolio", "-o", "badges");
        AddCommand<StatusCommand>("status").WithDescription("Where every credential stands today: status, expiry, renewal window, credits and the next action.").WithExample("status", "examples/portfolio", "--within", "90", "--fail-within", "30");
        AddCommand<CalendarCommand>("calendar").WithDescription("Write an .ics calendar of expiries, renewal windows and credit deadlines, with reminders.").WithExample("calendar", "examples/portfolio", "-o", "certifications.ics");
        // Commands register here through AddCommand, one line each (keep this list in the order of the README's tour).
    }
}
