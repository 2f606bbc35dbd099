using System.ComponentModel;
using System.Globalization;
using Certfolio.Cli.Init;
using Certfolio.Cli.Output;
using Certfolio.Core.Binding;
using Certfolio.Core.Files;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Certfolio.Cli.Commands;

public sealed class InitSettings : CommandSettings
{
    [CommandArgument(0, "[DIR]")]
    [Description("The folder to start the portfolio in (default: the current folder); created when missing.")]
    public string Path { get; init; } = ".";

    [CommandOption("--name <NAME>")] [Description("Your name, as the site shows it.")] public string? Name { get; init; }
    [CommandOption("--title <TITLE>")] [Description("The site's title (default: \"NAME · Certifications\").")] public string? Title { get; init; }
    [CommandOption("--date-format <FORMAT>")] [Description("dd.MM.yyyy (default) or yyyy-MM-dd: how the example document and the site write dates.")] public string? DateFormat { get; init; }
    [CommandOption("--ci <CI>")] [Description("github (default), gitlab or none: which CI file to write.")] public string? Ci { get; init; }
    [CommandOption("--no-input")] [Description("Never prompt, even in a terminal.")] public bool NoInput { get; init; }

    [CommandOption("--today <DATE>")]
    [Description("Take this day (yyyy-MM-dd) as today: the example document's issue date.")]
    public string? Today { get; init; }

    public override ValidationResult Validate()
    {
        if (Today is not null)
        {
            if (!DateOnly.TryParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var today))
                return ValidationResult.Error($"--today '{Today}' must be a date written yyyy-MM-dd");
            // The example expires three years on, and check accepts no year past DateValue.MaxYear.
            if (today.Year < DateValue.MinYear || today.Year > DateValue.MaxYear - 3)
                return ValidationResult.Error($"--today '{Today}' must fall in the years {DateValue.MinYear} to {DateValue.MaxYear - 3}");
        }
        if (File.Exists(Path)) return ValidationResult.Error($"'{Path}' is a file, not a folder");
        var problem = (Name is null ? null : InitAnswerRules.Text("--name", Name))
                      ?? (Title is null ? null : InitAnswerRules.Text("--title", Title))
                      ?? (DateFormat is null ? null : InitAnswerRules.DateFormat(DateFormat))
                      ?? (Ci is null ? null : InitAnswerRules.Ci(Ci));
        return problem is null ? ValidationResult.Success() : ValidationResult.Error(problem);
    }
}

/// <summary>
/// <c>certfolio init</c>: certfolio.yaml, an example document and a CI file, asked for in a terminal or taken from
/// options. Writes nothing when any of its files exists.
/// </summary>
public sealed class InitCommand(IAnsiConsole console) : Command<InitSettings>
{
    public override int Execute(CommandContext context, InitSettings settings, CancellationToken cancellationToken)
    {
        var interactive = !settings.NoInput && console.Profile.Capabilities.Interactive && !Console.IsInputRedirected;
        var root = System.IO.Path.GetFullPath(settings.Path);

        var given = new InitChoices(settings.Name, settings.Title, settings.DateFormat, settings.Ci);
        var choices = InitDefaults.Fill(interactive ? new InitQuestions(console).Ask(given) : given);
        if (choices.Name is null) return Fail("missing --name (or run in a terminal to be asked)", ExitCodes.Usage);

        var today = settings.Today is { } pinned ? DateOnly.ParseExact(pinned, "yyyy-MM-dd", CultureInfo.InvariantCulture) : DateOnly.FromDateTime(DateTime.Today);
        var answers = new InitAnswers(choices.Name.Trim(), choices.Title!.Trim(), choices.DateFormat!.Trim(), CiTemplates.Parse(choices.Ci!)!.Value, today);
        var plan = InitPlan.For(root, answers);
        var output = console.Profile.Out.Writer;

        // Every target is looked at before anything is written, so a refusal leaves the folder exactly as it was.
        var existing = plan.Files.Where(file => File.Exists(Target(root, file)) || Directory.Exists(Target(root, file))).ToArray();
        if (existing.Length > 0)
        {
            var reporter = Reporter.StandardError();
            foreach (var file in existing) reporter.Error($"{file.RelativePath} already exists");
            return Fail("nothing was written: init never overwrites a file", ExitCodes.ContentErrors);
        }

        var newFolders = MissingFolders(root, plan);
        var written = new List<string>();
        foreach (var file in plan.Files)
        {
            var result = new AtomicFile().Create(Target(root, file), file.Text);
            if (!result.Succeeded)
            {
                // Half a project is worse than none: what this run created is taken back, files then folders.
                foreach (var done in written) File.Delete(done);
                foreach (var folder in newFolders.Where(Directory.Exists).Where(f => !Directory.EnumerateFileSystemEntries(f).Any())) Directory.Delete(folder);
                return Fail($"{result.Describe(file.RelativePath)}; nothing was kept", ExitCodes.ContentErrors);
            }
            written.Add(Target(root, file));
        }

        output.WriteLine($"documents go in {plan.ContentFolder.RelativePath}/ ({plan.ContentFolder.Reason})");
        foreach (var file in plan.Files) output.WriteLine($"created {file.RelativePath}");
        output.WriteLine($"next: certfolio serve {TerminalText.Escape(settings.Path)}");
        return ExitCodes.Success;
    }

    /// <summary>The folders the writes will create (the portfolio's own among them), deepest first.</summary>
    private static IReadOnlyList<string> MissingFolders(string root, InitPlan plan)
    {
        var missing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in plan.Files)
            for (var folder = System.IO.Path.GetDirectoryName(Target(root, file)); folder is not null && !Directory.Exists(folder); folder = System.IO.Path.GetDirectoryName(folder))
                missing.Add(folder);
        return missing.OrderByDescending(folder => folder.Length).ToArray();
    }

    private static string Target(string root, PlannedFile file) => System.IO.Path.Combine(root, file.RelativePath);

    private static int Fail(string message, int exitCode)
    {
        Reporter.StandardError().Error(message);
        return exitCode;
    }
}
