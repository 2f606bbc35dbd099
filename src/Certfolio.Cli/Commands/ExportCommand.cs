using System.ComponentModel;
using Certfolio.Cli.Output;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Files;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Status;
using Certfolio.Interop;
using Certfolio.Interop.Exporting;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Certfolio.Cli.Commands;

public sealed class ExportSettings : PortfolioSettings
{
    [CommandOption("--to <FORMAT>")]
    [RegisteredExportFormats]
    public string? To { get; init; }

    [CommandOption("-o|--output <PATH>")]
    [Description("The file to write (default: standard output); for openbadges, the folder for one JSON file per credential.")]
    public string? Output { get; init; }

    [CommandOption("--into <FILE>")]
    [Description("jsonresume: an existing resume.json to merge into: its certificates keep their place and order, new ones are appended; everything else is kept.")]
    public string? Into { get; init; }

    [CommandOption("--force")]
    [Description("Replace an existing -o file that Certfolio did not write (never a portfolio source).")]
    public bool Force { get; init; }

    [CommandOption("-q|--quiet")]
    [Description("Do not list what the format cannot hold (the loss report); errors are still printed.")]
    public bool Quiet { get; init; }

    public override ValidationResult Validate()
    {
        var basic = base.Validate();
        if (!basic.Successful) return basic;
        if (To is null) return ValidationResult.Error($"--to is required: one of {Formats.Exporters.Names}");
        if (Formats.Exporters.Find(To) is not { } exporter)
        {
            var hint = Formats.Exporters.Nearest(To) is { } meant ? $"did you mean '{meant}'? Use" : "use";
            return ValidationResult.Error($"--to '{To}' is not a format; {hint} one of {Formats.Exporters.Names}");
        }
        if (exporter.WritesFolder && Output is null) return ValidationResult.Error($"--to {exporter.Format} writes one file per credential: name the folder with -o");
        if (Into is not null && !exporter.MergesInto)
            return ValidationResult.Error($"--into merges into an existing file; it works only with --to {string.Join(" or ", Formats.Exporters.All.Where(e => e.MergesInto).Select(e => e.Format))}");
        if (Into is not null && !File.Exists(Into)) return ValidationResult.Error($"--into '{Into}' is not a file");
        return ValidationResult.Success();
    }

    /// <summary>The help of <c>--to</c>: the registered exporters. <c>[Description]</c> itself takes only a constant.</summary>
    [AttributeUsage(AttributeTargets.Property)]
    private sealed class RegisteredExportFormatsAttribute : DescriptionAttribute
    {
        public override string Description => Formats.Exporters.NamesAsChoice + ".";
    }
}

/// <summary><c>certfolio export</c>: the portfolio in any format of <see cref="Formats.Exporters"/>.</summary>
public sealed class ExportCommand(IAnsiConsole console) : Command<ExportSettings>
{
    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        var output = console.Profile.Out.Writer;
        var portfolio = new PortfolioLoader { Purpose = LoadPurpose.Report }.Load(settings.Path);
        if (portfolio.HasErrors)
        {
            foreach (var diagnostic in portfolio.Diagnostics.Where(d => d.Severity == Severity.Error)) output.WriteLine(TerminalText.Line(diagnostic));
            output.WriteLine($"export stopped: the portfolio has {portfolio.ErrorCount} error(s); 'certfolio check' explains them");
            return ExitCodes.ContentErrors;
        }

        var exporter = Formats.Exporters.Find(settings.To!)!;
        // Read as bytes, so a byte order mark stays in the text and is written back: --into changes nothing but the certificates.
        var options = new ExportOptions(StatusCalculator.Today(settings.Clock)) { MergeInto = settings.Into is { } into ? new MergeTarget(into, System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(into))) : null };
        var result = exporter.Export(portfolio, options);
        if (result.HasErrors)
        {
            foreach (var diagnostic in result.Diagnostics) output.WriteLine(TerminalText.Line(diagnostic));
            return ExitCodes.ContentErrors;
        }

        var target = settings.Output ?? settings.Into;
        // Refusals and failures go to standard error unwrapped, one line each, as scripts read them.
        var reporter = Reporter.StandardError();
        if (Refusal(exporter, result, settings, portfolio.Layout) is { } refusal)
        {
            reporter.Error(refusal);
            return ExitCodes.Usage;
        }
        // What the format cannot hold, compiler style; beside an export on standard output they go to standard error.
        if (!settings.Quiet)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                if (target is null) reporter.Diagnostic(diagnostic);
                else output.WriteLine(TerminalText.Line(diagnostic));
            }
        }
        if (Write(exporter, result, settings, target, output) is { } failure)
        {
            reporter.Error(failure);
            return ExitCodes.ContentErrors;
        }
        return ExitCodes.Success;
    }

    /// <summary>Where the export may not go (<see cref="OutputGuard"/>); <c>--into</c> names a resume on purpose, so only its place is checked.</summary>
    private static string? Refusal(IExporter exporter, ExportResult result, ExportSettings settings, PortfolioLayout layout)
    {
        if (settings.Output is { } output && exporter.WritesFolder)
        {
            if (OutputGuard.CheckFolder(output, layout) is { } refusal) return refusal;
            foreach (var file in result.Files)
            {
                var path = Path.Combine(output, file.Name);
                if (OutputGuard.CheckFile(path, layout, settings.Force, existing => CertfolioOutputs.IsExport(exporter, existing, file.Content)) is { } fileRefusal)
                    return fileRefusal;
            }
            return null;
        }
        if (settings.Output is { } single)
        {
            var mergedInPlace = settings.Into is { } into && Path.GetFullPath(into) == Path.GetFullPath(single);
            return OutputGuard.CheckFile(single, layout, settings.Force || mergedInPlace, existing => CertfolioOutputs.IsExport(exporter, existing, result.Files[0].Content));
        }
        return settings.Into is { } merged ? OutputGuard.CheckFile(merged, layout, force: true, _ => true) : null;
    }

    /// <summary>Writes the export (each file atomically); returns what went wrong, or null.</summary>
    private static string? Write(IExporter exporter, ExportResult result, ExportSettings settings, string? target, TextWriter output)
    {
        var files = new AtomicFile();
        if (exporter.WritesFolder)
        {
            foreach (var file in result.Files)
            {
                var path = Path.Combine(settings.Output!, file.Name);
                var written = files.Write(path, file.Content);
                if (!written.Succeeded) return written.Describe(path);
            }
            output.WriteLine($"wrote {result.Files.Count} file(s) to {TerminalText.Escape(settings.Output)}");
        }
        else if (target is not null)
        {
            var written = files.Write(target, result.Files[0].Content);
            if (!written.Succeeded) return written.Describe(target);
            output.WriteLine($"wrote {TerminalText.Escape(target)}");
        }
        else
        {
            output.Write(result.Files[0].Content);
        }
        return null;
    }
}
