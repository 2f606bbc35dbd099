using System.ComponentModel;
using System.Globalization;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Tracking;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Certfolio.Cli.Commands;

public sealed class StatusSettings : PortfolioSettings
{
    [CommandOption("--within <DAYS>")]
    [Description("Show only what needs action within DAYS: expired, expiring, or a credit target due.")]
    public int? Within { get; init; }

    [CommandOption("--expiring-days <N>")]
    [Description("Days before expiry a credential counts as expiring (default: expiringDays in certfolio.yaml, else 90).")]
    public int? ExpiringDays { get; init; }

    [CommandOption("--json")]
    [Description("Print a JSON array, one object per credential (see docs/status.md).")]
    public bool Json { get; init; }

    [CommandOption("--fail-within <DAYS>")]
    [Description("Exit with code 3 when something is expired, or expires or misses a credit target within DAYS.")]
    public int? FailWithin { get; init; }

    [CommandOption("--team")]
    [Description("PATH holds one portfolio per person under people/<name>/: roll up the team.")]
    public bool Team { get; init; }

    public override ValidationResult Validate()
    {
        foreach (var (name, value) in new[] { ("--within", Within), ("--expiring-days", ExpiringDays), ("--fail-within", FailWithin) })
        {
            if (value is < 0) return ValidationResult.Error($"{name} must be zero or more days, not {value}");
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
        return settings.Team ? ExecuteTeam(settings, options) : ExecuteOne(settings, options);
    }

    private int ExecuteOne(StatusSettings settings, TrackingOptions options)
    {
        var portfolio = new PortfolioLoader().Load(settings.Path);
        if (portfolio.Credentials.Count == 0 && portfolio.HasErrors)
        {
            foreach (var diagnostic in portfolio.Diagnostics.Where(d => d.Severity == Core.Diagnostics.Severity.Error))
                Console.Error.WriteLine(diagnostic.ToString());
            return ExitCodes.ContentErrors;
        }
        var report = Tracker.Track(portfolio, settings.Clock, options);
        var shown = settings.Within is { } within ? report.NeedingAttention(within) : report.Entries;

        if (settings.Json) console.Profile.Out.Writer.Write(StatusJson.Write(shown));
        else
        {
            var format = portfolio.Config.DateFormat;
            console.Write(new Markup($"[bold]{Markup.Escape(portfolio.Config.Title)}[/]: status on {Date(report.Today, format)}\n"));
            if (shown.Count == 0) console.WriteLine(settings.Within is { } days ? $"Nothing needs attention within {days} days." : "No credentials.");
            else Show(shown.Select(e => ((string?)null, e)).ToArray(), format, withPerson: false, report.Today);
            console.WriteLine(Summary(report.Entries));
            var problems = portfolio.Diagnostics.Count + report.Diagnostics.Count;
            if (problems > 0) console.WriteLine($"{problems} problem{(problems == 1 ? "" : "s")} found in the portfolio; run 'certfolio check' for details.");
        }
        return settings.FailWithin is { } fail && report.NeedingAttention(fail).Count > 0 ? ExitCodes.AttentionNeeded : ExitCodes.Success;
    }

    private int ExecuteTeam(StatusSettings settings, TrackingOptions options)
    {
        var team = TeamTracker.Track(settings.Path, settings.Clock, options);
        if (team.Members.Count == 0)
        {
            Console.Error.WriteLine($"error: no people found: a team folder holds one portfolio per person under {TeamTracker.PeopleFolder}/<name>/");
            return ExitCodes.Usage;
        }
        var holdings = team.Holdings
            .Where(h => settings.Within is not { } within || h.Entry.NeedsAttention(within, team.Today))
            .Select(h => ((string?)h.Member.Name, h.Entry))
            .ToArray();

        if (settings.Json) console.Profile.Out.Writer.Write(StatusJson.Write(holdings));
        else
        {
            const string format = "dd.MM.yyyy";
            console.Write(new Markup($"[bold]Team[/]: {team.Members.Count} people, status on {Date(team.Today, format)}\n"));
            if (holdings.Length == 0) console.WriteLine(settings.Within is { } days ? $"Nothing needs attention within {days} days." : "No credentials.");
            else Show(holdings, format, withPerson: true, team.Today);

            console.Write(new Markup($"\n[bold]Expiring in the next {TeamHorizonDays} days[/]\n"));
            var expiring = team.ExpiringWithin(TeamHorizonDays);
            if (expiring.Count == 0) console.WriteLine("Nothing.");
            foreach (var (member, entry) in expiring)
                console.WriteLine($"- {Date(entry.Expires!.Value, format)} ({Days(entry.DaysLeft)}): {member.Name}, {entry.Credential.Title}");

            console.Write(new Markup("\n[bold]Skill coverage[/] (people holding an unexpired credential)\n"));
            var skills = new Table().Border(TableBorder.Simple).AddColumn("Skill").AddColumn(new TableColumn("People").RightAligned()).AddColumn("Who");
            foreach (var coverage in team.Skills)
                skills.AddRow(Markup.Escape(coverage.Skill), coverage.People.Count.ToString(CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", coverage.People)));
            console.Write(skills);
        }
        var failing = settings.FailWithin is { } fail && team.Holdings.Any(h => h.Entry.NeedsAttention(fail, team.Today));
        return failing ? ExitCodes.AttentionNeeded : ExitCodes.Success;
    }

    /// <summary>Below this console width the table would wrap every cell, so each credential gets a short block instead.</summary>
    public const int TableMinWidth = 120;

    private void Show(IReadOnlyList<(string? Person, CredentialTracking Entry)> rows, string format, bool withPerson, DateOnly today)
    {
        if (console.Profile.Width >= TableMinWidth)
        {
            console.Write(CredentialTable(rows, format, withPerson));
            return;
        }
        foreach (var (person, entry) in rows)
        {
            var who = withPerson ? $"{Markup.Escape(person ?? "")}: " : "";
            console.Write(new Markup($"{who}[bold]{Markup.Escape(entry.Credential.Title)}[/] ({Markup.Escape(entry.Credential.Provider)})\n"));
            var facts = new List<string> { StatusMarkup(entry) };
            var mark = entry.ExpiryFromPolicy ? "*" : "";
            if (entry.Expires is { } expires && entry.DaysLeft < 0) facts.Add($"since {Date(expires, format)}{mark} ({Days(-entry.DaysLeft)} ago)");
            else if (entry.Expires is { } expiry) facts.Add($"expires {Date(expiry, format)}{mark} ({Days(entry.DaysLeft)} left)");
            if (entry.RenewalOpens is { } opens && entry.Status != CredentialStatus.Expired)
                facts.Add($"renewal {(opens > today ? "opens" : "opened")} {Date(opens, format)}");
            console.Write(new Markup($"  {string.Join(" · ", facts)}\n"));
            if (entry.Credits is { } credits) console.Write(new Markup($"  Credits: {CreditsMarkup(credits)}\n"));
            console.Write(new Markup($"  Next: {Markup.Escape(entry.NextAction)}\n"));
        }
        if (rows.Any(r => r.Entry.ExpiryFromPolicy)) console.WriteLine("* expiry derived from the renewal policy");
    }

    private static Table CredentialTable(IReadOnlyList<(string? Person, CredentialTracking Entry)> rows, string format, bool withPerson)
    {
        var table = new Table().Border(TableBorder.Rounded);
        if (withPerson) table.AddColumn("Person");
        table.AddColumn("Credential").AddColumn("Provider").AddColumn("Status").AddColumn("Expires")
            .AddColumn(new TableColumn("Days left").RightAligned()).AddColumn("Renewal opens").AddColumn("Credits").AddColumn("Next action");
        foreach (var (person, entry) in rows)
        {
            var cells = new List<string>();
            if (withPerson) cells.Add(Markup.Escape(person ?? ""));
            cells.Add(Markup.Escape(entry.Credential.Title));
            cells.Add(Markup.Escape(entry.Credential.Provider));
            cells.Add(StatusMarkup(entry));
            cells.Add(entry.Expires is { } expires ? Date(expires, format) + (entry.ExpiryFromPolicy ? "*" : "") : "—");
            cells.Add(entry.DaysLeft?.ToString(CultureInfo.InvariantCulture) ?? "—");
            cells.Add(entry.RenewalOpens is { } opens ? Date(opens, format) : "—");
            cells.Add(CreditsMarkup(entry.Credits));
            cells.Add(Markup.Escape(entry.NextAction));
            table.AddRow(cells.ToArray());
        }
        if (rows.Any(r => r.Entry.ExpiryFromPolicy)) table.Caption("* expiry derived from the renewal policy");
        return table;
    }

    private static string StatusMarkup(CredentialTracking entry)
    {
        var color = entry.Status switch
        {
            CredentialStatus.Expired => "red",
            CredentialStatus.Expiring => "yellow",
            CredentialStatus.RenewalOpen => "blue",
            CredentialStatus.Active => "green",
            _ => "grey",
        };
        var label = entry.Status.ToLabel();
        return entry.Renew ? $"[{color}]{label}[/]" : $"[grey]{label} (not renewing)[/]";
    }

    /// <summary>"████░░░░░░ 26/120 CPE": a ten-cell bar, so it reads the same in a terminal, a log and a golden file.</summary>
    private static string CreditsMarkup(CreditProgress? credits)
    {
        if (credits is null) return "—";
        const int cells = 10;
        var filled = (int)Math.Floor(credits.Fraction * cells);
        var color = credits.IsMet ? "green" : "yellow";
        return $"[{color}]{new string('█', filled)}[/][grey]{new string('░', cells - filled)}[/] "
               + $"{Tracker.Amount(credits.Earned)}/{Tracker.Amount(credits.Required)} {Markup.Escape(credits.Unit)}";
    }

    private static string Summary(IReadOnlyList<CredentialTracking> entries)
    {
        var counts = Enum.GetValues<CredentialStatus>()
            .Select(s => (Status: s, Count: entries.Count(e => e.Status == s)))
            .Where(x => x.Count > 0)
            .Select(x => $"{x.Count} {x.Status.ToLabel()}");
        return $"{entries.Count} credential{(entries.Count == 1 ? "" : "s")}: {string.Join(", ", counts)}";
    }

    private static string Date(DateOnly date, string format) => date.ToString(format, CultureInfo.InvariantCulture);

    private static string Days(int? days) => days == 1 ? "1 day" : $"{days} days";
}
