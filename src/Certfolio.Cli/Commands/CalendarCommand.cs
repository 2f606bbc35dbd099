using System.ComponentModel;
using Certfolio.Cli.Output;
using Certfolio.Core.Files;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Status;
using Certfolio.Interop.Exporting;
using Certfolio.Interop.ICalendar;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Certfolio.Cli.Commands;

public sealed class CalendarSettings : PortfolioSettings
{
    [CommandOption("-o|--output <FILE>")]
    [Description("Where to write the calendar (default: certifications.ics in the current folder).")]
    [DefaultValue("certifications.ics")]
    public string Output { get; init; } = "certifications.ics";

    [CommandOption("--force")]
    [Description("Replace an existing output file that Certfolio did not write (never a portfolio source).")]
    public bool Force { get; init; }

    [CommandOption("--stdout")]
    [Description("Print the calendar instead of writing a file.")]
    public bool Stdout { get; init; }

    [CommandOption("--expiring-days <N>")]
    [Description("Days before expiry a credential counts as expiring (default: expiringDays in certfolio.yaml, else 90).")]
    public string? ExpiringDaysText { get; init; }

    public int? ExpiringDays => WholeNumberOption.Read(ExpiringDaysText);

    public override ValidationResult Validate()
    {
        if (WholeNumberOption.Check("--expiring-days", ExpiringDaysText, "days") is { } notANumber) return notANumber;
        if (ExpiringDays is < 0 and var value) return ValidationResult.Error($"--expiring-days must be zero or more days, not {value}");
        return base.Validate();
    }
}

/// <summary><c>certfolio calendar</c>: an .ics file of expiries, renewal windows and credit deadlines.</summary>
public sealed class CalendarCommand(IAnsiConsole console) : Command<CalendarSettings>
{
    public override int Execute(CommandContext context, CalendarSettings settings, CancellationToken cancellationToken)
    {
        var reporter = Reporter.StandardError();
        var portfolio = new PortfolioLoader { Purpose = LoadPurpose.Report }.Load(settings.Path);
        if (portfolio.Credentials.Count == 0 && portfolio.InvalidDocuments.Count == 0 && portfolio.HasErrors)
        {
            reporter.Diagnostics(portfolio, Core.Diagnostics.Severity.Error);
            return ExitCodes.ContentErrors;
        }
        var report = Tracker.Track(portfolio, settings.Clock, new TrackingOptions { ExpiringDays = settings.ExpiringDays });
        var ics = CalendarWriter.Write(report);
        // The calendar is still written, with the expiry of an invalid document whose date was readable; the run
        // fails so that a typo cannot pass unnoticed.
        var invalid = ExitCodes.Success;
        if (report.Invalid.Count > 0)
        {
            InvalidDocumentsReport.Write(reporter.Writer, report.Invalid.Select(i => ("", i.Document)).ToArray(), "the calendar");
            invalid = ExitCodes.ContentErrors;
        }
        if (settings.Stdout)
        {
            console.Profile.Out.Writer.Write(ics);
            return invalid;
        }
        if (OutputGuard.CheckFile(settings.Output, portfolio.Layout, settings.Force, CertfolioOutputs.IsCalendar) is { } refusal)
        {
            reporter.Error(refusal);
            return ExitCodes.Usage;
        }
        var written = new AtomicFile().Write(settings.Output, ics);
        if (!written.Succeeded)
        {
            reporter.Error(written.Describe(settings.Output));
            return ExitCodes.ContentErrors;
        }
        var events = report.Entries.Count(e => e.Expires is not null) + report.Invalid.Count(i => i.Expires is not null);
        console.WriteLine($"Wrote {TerminalText.Escape(settings.Output)}: {events} credential{(events == 1 ? "" : "s")} with dates, as of {report.Today:yyyy-MM-dd}.");
        return invalid;
    }
}
