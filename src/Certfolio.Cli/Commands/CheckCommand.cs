using System.ComponentModel;
using Certfolio.Cli.Output;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Certfolio.Cli.Commands;

public sealed class CheckSettings : PortfolioSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("text (default), json or github (workflow annotations).")]
    [DefaultValue("text")]
    public string FormatText { get; init; } = "text";

    /// <summary>The format named by --format. Bound as text: Spectre would list the enum's names capitalised, unlike the docs.</summary>
    public OutputFormat Format => OutputFormats.Find(FormatText) ?? OutputFormat.Text;

    [CommandOption("--strict")]
    [Description("Treat warnings as errors.")]
    public bool Strict { get; init; }

    public override ValidationResult Validate()
    {
        if (OutputFormats.Find(FormatText) is null) return ValidationResult.Error($"--format '{FormatText}' is not a format; use one of {OutputFormats.Names}");
        return base.Validate();
    }
}

/// <summary><c>certfolio check</c>: every problem in every file, compiler style.</summary>
public sealed class CheckCommand(IAnsiConsole console) : Command<CheckSettings>
{
    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        var portfolio = new PortfolioLoader { Purpose = LoadPurpose.Report }.Load(settings.Path);
        var diagnostics = new PortfolioDiagnostics(portfolio);
        var shown = diagnostics.Shown(Environment.CurrentDirectory);
        if (settings.Strict)
            shown = shown.Select(s => s.Diagnostic.Severity == Severity.Warning ? s with { Diagnostic = s.Diagnostic with { Severity = Severity.Error } } : s).ToArray();

        var output = console.Profile.Out.Writer;
        // The console writes each line through at once; thousands of diagnostics are printed in one write instead.
        var report = new StringWriter { NewLine = output.NewLine };
        DiagnosticPrinter.Print(shown, settings.Format, report, color: console.Profile.Out.IsTerminal && console.Profile.Capabilities.Ansi && Environment.GetEnvironmentVariable("NO_COLOR") is null);
        output.Write(report.ToString());

        var errors = shown.Count(s => s.Diagnostic.Severity == Severity.Error);
        var summary = DiagnosticPrinter.Summary(portfolio.FilesChecked, errors, shown.Count(s => s.Diagnostic.Severity == Severity.Warning));
        // Beside JSON or workflow commands on standard output, the summary goes to standard error.
        if (settings.Format == OutputFormat.Text) output.WriteLine(summary);
        else Reporter.StandardError().Line(summary);
        return errors > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
