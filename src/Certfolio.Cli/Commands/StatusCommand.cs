using System.ComponentModel;
using Certfolio.Cli.Output;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Status;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Certfolio.Cli.Commands;

public sealed class StatusSettings : PortfolioSettings
{
    [CommandOption("--within <DAYS>")]
    [Description("Show only what needs action within DAYS: expired, expiring, or a credit target due.")]
    public string? WithinText { get; init; }

    [CommandOption("--expiring-days <N>")]
    [Description("Days before expiry a credential counts as expiring (default: expiringDays in certfolio.yaml, else 90).")]
    public string? ExpiringDaysText { get; init; }

    [CommandOption("--json")]
    [Description("Print a JSON array, one object per credential (see docs/status.md).")]
    public bool Json { get; init; }

    [CommandOption("--fail-within <DAYS>")]
    [Description("Exit with code 3 when something is expired, or expires or misses a credit target within DAYS.")]
    public string? FailWithinText { get; init; }

    [CommandOption("--team")]
    [Description("PATH holds one portfolio per person under people/<name>/: roll up the team.")]
    public bool Team { get; init; }

    public int? Within => WholeNumberOption.Read(WithinText);
    public int? ExpiringDays => WholeNumberOption.Read(ExpiringDaysText);
    public int? FailWithin => WholeNumberOption.Read(FailWithinText);

    public override ValidationResult Validate()
    {
        foreach (var (name, text) in new[] { ("--within", WithinText), ("--expiring-days", ExpiringDaysText), ("--fail-within", FailWithinText) })
        {
            if (WholeNumberOption.Check(name, text, "days") is { } notANumber) return notANumber;
            if (WholeNumberOption.Read(text) is < 0 and var value) return ValidationResult.Error($"{name} must be zero or more days, not {value}");
        }
        return base.Validate();
    }
}

/// <summary><c>certfolio status</c>: where every credential stands today, and what to do next.</summary>
public sealed class StatusCommand(IAnsiConsole console) : Command<StatusSettings>
{
    public const int TeamHorizonDays = 90;

    public override int Execute(CommandContext context, StatusSettings settings, CancellationToken cancellationToken)
    {
        var options = new TrackingOptions { ExpiringDays = settings.ExpiringDays };
        var reporter = Reporter.StandardError();
        return settings.Team ? ExecuteTeam(settings, options, reporter) : ExecuteOne(settings, options, reporter);
    }

    private int ExecuteOne(StatusSettings settings, TrackingOptions options, Reporter reporter)
    {
        var portfolio = new PortfolioLoader { Purpose = LoadPurpose.Report }.Load(settings.Path);
        if (portfolio.Credentials.Count == 0 && portfolio.InvalidDocuments.Count == 0 && portfolio.HasErrors)
        {
            reporter.Diagnostics(portfolio, Core.Diagnostics.Severity.Error);
            return ExitCodes.ContentErrors;
        }
        var report = Tracker.Track(portfolio, settings.Clock, options);
        var shown = settings.Within is { } within ? report.NeedingAttention(within) : report.Entries;

        // Invalid documents are shown whatever the horizon: a typo must not hide an expiry.
        if (settings.Json) console.Profile.Out.Writer.Write(StatusJson.Write(shown, report.Invalid));
        else new StatusView(console).WritePortfolio(portfolio, report, shown, settings.Within);
        InvalidDocumentsReport.Write(reporter.Writer, report.Invalid.Select(i => ("", i.Document)).ToArray(), "status");
        if (settings.FailWithin is { } fail && (report.NeedingAttention(fail).Count > 0 || report.Invalid.Count > 0))
        {
            FailWithinReport.Write(reporter.Writer, fail, report.NeedingAttention(fail).Select(e => ((string?)null, e)).ToArray(),
                report.Invalid.Select(i => ((string?)null, i.Document.RelativePath)).ToArray());
            return ExitCodes.AttentionNeeded;
        }
        return report.Invalid.Count > 0 ? ExitCodes.ContentErrors : ExitCodes.Success;
    }

    private int ExecuteTeam(StatusSettings settings, TrackingOptions options, Reporter reporter)
    {
        var team = TeamTracker.Track(settings.Path, settings.Clock, options);
        if (team.Members.Count == 0 && team.Problems.Count == 0)
        {
            reporter.Error($"no people found: a team folder holds one portfolio per person under {TeamTracker.PeopleFolder}/<name>/");
            return ExitCodes.Usage;
        }
        var holdings = team.Holdings
            .Where(h => settings.Within is not { } within || h.Entry.NeedsAttention(within, team.Today))
            .Select(h => ((string?)h.Member.Name, h.Entry))
            .ToArray();

        var invalid = team.InvalidHoldings.ToArray();
        if (settings.Json) console.Profile.Out.Writer.Write(StatusJson.Write(holdings, invalid.Select(h => ((string?)h.Member.Name, h.Invalid))));
        else new StatusView(console).WriteTeam(team, holdings, settings.Within, TeamHorizonDays);
        InvalidDocumentsReport.Write(reporter.Writer, invalid.Select(h => (TeamTracker.PeopleFolder + "/" + h.Member.Name + "/", h.Invalid.Document)).ToArray(), "status");
        // A person whose folder could not be read is as unknown as an invalid document: the run fails for both.
        foreach (var problem in team.Problems) reporter.Diagnostic(problem);
        var unknown = invalid.Length > 0 || team.Problems.Any(p => p.Severity == Core.Diagnostics.Severity.Error);
        var failing = settings.FailWithin is { } fail && (unknown || team.Holdings.Any(h => h.Entry.NeedsAttention(fail, team.Today)));
        if (failing)
        {
            FailWithinReport.Write(reporter.Writer, settings.FailWithin!.Value,
                team.Holdings.Where(h => h.Entry.NeedsAttention(settings.FailWithin.Value, team.Today)).Select(h => ((string?)h.Member.Name, h.Entry)).ToArray(),
                invalid.Select(h => ((string?)h.Member.Name, h.Invalid.Document.RelativePath)).ToArray());
            return ExitCodes.AttentionNeeded;
        }
        return unknown ? ExitCodes.ContentErrors : ExitCodes.Success;
    }
}
