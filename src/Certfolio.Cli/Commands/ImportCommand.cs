using System.ComponentModel;
using Certfolio.Cli.Output;
using Certfolio.Interop;
using Certfolio.Interop.Importing;
using Certfolio.Interop.JsonResume;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Certfolio.Cli.Commands;

public sealed class ImportSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("The files to import (several for a paged export).")]
    public string[] Files { get; init; } = [];

    [CommandOption("--from <FORMAT>")]
    [RegisteredImportFormats]
    public string? From { get; init; }

    [CommandOption("--into <PATH>")]
    [Description("The portfolio folder to import into (default: the current folder).")]
    public string Into { get; init; } = ".";

    [CommandOption("--force")]
    [Description("Rewrite the keys that differ in documents that are already there (keeping everything else; written atomically).")]
    public bool Force { get; init; }

    [CommandOption("--include-awards")]
    [Description("JSON Resume: import 'awards' as credentials too (older resumes list certifications there).")]
    public bool IncludeAwards { get; init; }

    [CommandOption("--dry-run")]
    [Description("Print what would change and write nothing.")]
    public bool DryRun { get; init; }

    public override ValidationResult Validate()
    {
        if (From is not null && Formats.Importers.Find(From) is null)
        {
            var hint = Formats.Importers.Nearest(From) is { } meant ? $"did you mean '{meant}'? Use" : "use";
            return ValidationResult.Error($"--from '{From}' is not a format; {hint} one of {Formats.Importers.Names}");
        }
        if (IncludeAwards && From is not null && Formats.Importers.Find(From) is not JsonResumeImporter)
            return ValidationResult.Error(IncludeAwardsIsForJsonResume);
        if (Files.Length == 0) return ValidationResult.Error("give at least one FILE to import");
        if (Files.FirstOrDefault(f => !File.Exists(f)) is { } missing) return ValidationResult.Error($"'{missing}' is not a file");
        if (!Directory.Exists(Into)) return ValidationResult.Error($"--into '{Into}' is not a folder");
        return ValidationResult.Success();
    }

    public const string IncludeAwardsIsForJsonResume = "--include-awards is for --from jsonresume: only JSON Resume has awards";

    /// <summary>The help of <c>--from</c>: the registered importers. <c>[Description]</c> itself takes only a constant.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    private sealed class RegisteredImportFormatsAttribute : DescriptionAttribute
    {
        public override string Description => Formats.Importers.NamesAsChoice + "; detected from the file when not given.";
    }
}

/// <summary><c>certfolio import</c>: one new document per credential of a file in any format of <see cref="Formats.Importers"/>.</summary>
public sealed class ImportCommand(IAnsiConsole console) : Command<ImportSettings>
{
    public override int Execute(CommandContext context, ImportSettings settings, CancellationToken cancellationToken)
    {
        var output = console.Profile.Out.Writer;
        var inputs = new List<ImportInput>();
        var unreadable = 0;
        foreach (var file in settings.Files)
        {
            if (ImportFiles.Read(file, out var problem) is { } input) inputs.Add(input);
            else
            {
                output.WriteLine(TerminalText.Line(problem!));
                unreadable++;
            }
        }

        // --from overrides; without it the files say what they are. A file of another format is set aside, named.
        var named = settings.From is null ? null : Formats.Importers.Find(settings.From);
        var detection = ImportFormatDetection.Choose(Formats.Importers, inputs, named);
        foreach (var problem in detection.Problems) output.WriteLine(TerminalText.Line(problem));
        unreadable += detection.Problems.Count;
        if (detection.Importer is not { } importer)
        {
            if (inputs.Count > 0) output.WriteLine("import stopped: nothing was read");
            return ExitCodes.ContentErrors;
        }
        if (detection.Detected) output.WriteLine($"detected: {importer.InputTitle} (--from {importer.Format})");
        if (settings.IncludeAwards && importer is not JsonResumeImporter)
        {
            Reporter.StandardError().Error(ImportSettings.IncludeAwardsIsForJsonResume);
            return ExitCodes.Usage;
        }

        var report = new ImportService().Run(settings.Into, importer, detection.Inputs, new ImportOptions { Force = settings.Force, DryRun = settings.DryRun, IncludeAwards = settings.IncludeAwards });
        foreach (var refusal in report.Refusals) output.WriteLine(TerminalText.Line(refusal));
        if (report.Refusals.Count > 0)
        {
            output.WriteLine("import stopped: nothing was written");
            return ExitCodes.ContentErrors;
        }
        // Names, titles and values come from the imported file: each is escaped for the terminal.
        foreach (var diagnostic in report.Diagnostics) output.WriteLine(TerminalText.Line(diagnostic));
        // Skipped, merged and conflicting records are told by their diagnostics above and counted in the summary.
        foreach (var action in report.Actions.Where(a => a.Kind is not (ImportActionKind.Skipped or ImportActionKind.Merged or ImportActionKind.Conflict)))
        {
            output.WriteLine($"{Verb(action.Kind, report.DryRun)} {TerminalText.Escape(action.Path)}  ({TerminalText.Escape(action.Source)})");
            foreach (var change in action.Changes) output.WriteLine($"    {TerminalText.Escape(change.ToString())}");
        }
        output.WriteLine(Summary(report, unreadable));
        return unreadable > 0 || report.HasProblems ? ExitCodes.ContentErrors : ExitCodes.Success;
    }

    private static string Verb(ImportActionKind kind, bool dryRun) => (kind, dryRun) switch
    {
        (ImportActionKind.Created, false) => "created",
        (ImportActionKind.Created, true) => "would create",
        (ImportActionKind.Updated, false) => "updated",
        (ImportActionKind.Updated, true) => "would update",
        (ImportActionKind.Unchanged, _) => "unchanged",
        (ImportActionKind.Differs, _) => "differs",
        _ => "skipped",
    };

    private static string Summary(ImportReport report, int unreadable)
    {
        var parts = new List<string>
        {
            $"{report.Count(ImportActionKind.Created)} {(report.DryRun ? "to create" : "created")}",
            $"{report.Count(ImportActionKind.Updated)} {(report.DryRun ? "to update" : "updated")}",
            $"{report.Count(ImportActionKind.Unchanged)} unchanged",
        };
        if (report.Count(ImportActionKind.Differs) is > 0 and var differs) parts.Add($"{differs} differ (nothing changed; --force rewrites the keys shown)");
        if (report.Count(ImportActionKind.Merged) is > 0 and var merged) parts.Add($"{merged} merged (the same credential as an earlier record)");
        if (report.Count(ImportActionKind.Conflict) is > 0 and var conflicts) parts.Add($"{conflicts} in conflict with a document (left alone)");
        var skipped = unreadable + report.Count(ImportActionKind.Skipped) + report.ReadErrors;
        if (skipped > 0) parts.Add($"{skipped} skipped or unreadable (errors above)");
        return (report.DryRun ? "dry run, nothing written: " : "") + string.Join(", ", parts);
    }
}
