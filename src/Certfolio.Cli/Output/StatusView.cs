using System.Globalization;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Status;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Certfolio.Cli.Output;

/// <summary>How <c>certfolio status</c> shows a report: a table on wide consoles, short blocks on narrow ones.</summary>
public sealed class StatusView(IAnsiConsole console)
{
    public void WritePortfolio(Portfolio portfolio, TrackingReport report, IReadOnlyList<CredentialTracking> shown, int? within)
    {
        var format = portfolio.Config.DateFormat;
        console.Write(new Markup($"[bold]{TerminalText.Markup(portfolio.Config.Title)}[/]: status on {Date(report.Today, format)}\n"));
        var invalid = report.Invalid.Select(i => ((string?)null, i)).ToArray();
        if (shown.Count == 0 && invalid.Length == 0) console.WriteLine(within is { } days ? $"Nothing needs attention within {days} days." : "No credentials.");
        else Show(shown.Select(e => ((string?)null, e)).ToArray(), invalid, format, withPerson: false, report.Today);
        console.WriteLine(Summary(report.Entries, report.Invalid.Count));
        var problems = portfolio.Diagnostics.Count;
        if (problems > 0) console.WriteLine($"{problems} problem{(problems == 1 ? "" : "s")} found in the portfolio; run 'certfolio check' for details.");
    }

    public void WriteTeam(TeamReport team, IReadOnlyList<(string? Person, CredentialTracking Entry)> holdings, int? within, int horizonDays)
    {
        const string format = "dd.MM.yyyy";
        console.Write(new Markup($"[bold]Team[/]: {team.Members.Count} people, status on {Date(team.Today, format)}\n"));
        var invalid = team.InvalidHoldings.Select(h => ((string?)h.Member.Name, h.Invalid)).ToArray();
        if (holdings.Count == 0 && invalid.Length == 0) console.WriteLine(within is { } days ? $"Nothing needs attention within {days} days." : "No credentials.");
        else Show(holdings, invalid, format, withPerson: true, team.Today);
        if (team.Problems.Count > 0)
        {
            console.Write(new Markup("\n[bold]Not read[/]\n"));
            foreach (var problem in team.Problems)
                console.WriteLine($"- {TerminalText.Escape(problem.Location.FilePath)}: {TerminalText.Escape(problem.Message)} ({problem.Id})");
        }

        console.Write(new Markup($"\n[bold]Expiring in the next {horizonDays} days[/]\n"));
        // An invalid document whose expiry date was readable expires all the same.
        var expiring = team.ExpiringWithin(horizonDays)
            .Select(h => (Date: h.Entry.Expires!.Value, Precision: h.Entry.ExpiresPrecision, h.Entry.DaysLeft, h.Member.Name, Title: h.Entry.Credential.Title))
            .Concat(team.InvalidHoldings.Where(h => h.Invalid.Document.Renew && h.Invalid.DaysLeft is >= 0 && h.Invalid.DaysLeft <= horizonDays)
                .Select(h => (Date: h.Invalid.Expires!.Value, Precision: DatePrecision.Day, h.Invalid.DaysLeft, h.Member.Name, Title: h.Invalid.Document.DisplayName + " (invalid document)")))
            .OrderBy(x => x.Date).ThenBy(x => x.Name, StringComparer.Ordinal)
            .ToArray();
        if (expiring.Length == 0) console.WriteLine("Nothing.");
        foreach (var (date, precision, left, name, title) in expiring)
            console.WriteLine($"- {DateText.Format(date, precision, format)} ({Days(left)}): {TerminalText.Escape(name)}, {TerminalText.Escape(title)}");

        console.Write(new Markup("\n[bold]Skill coverage[/] (people holding an unexpired credential)\n"));
        var skills = new Table().Border(TableBorder.Simple).AddColumn("Skill").AddColumn(new TableColumn("People").RightAligned()).AddColumn("Who");
        foreach (var coverage in team.Skills)
            skills.AddRow(TerminalText.Markup(coverage.Skill), coverage.People.Count.ToString(CultureInfo.InvariantCulture), TerminalText.Markup(string.Join(", ", coverage.People)));
        console.Write(skills);
    }

    /// <summary>Below this console width the table would wrap every cell, so each credential gets a short block instead.</summary>
    public const int TableMinWidth = 120;

    private void Show(IReadOnlyList<(string? Person, CredentialTracking Entry)> rows, IReadOnlyList<(string? Person, InvalidTracking Invalid)> invalid,
        string format, bool withPerson, DateOnly today)
    {
        var all = Merge(rows, invalid);
        if (console.Profile.Width >= TableMinWidth)
        {
            console.Write(CredentialTable(all, format, withPerson));
            return;
        }
        foreach (var (person, entry, bad) in all)
        {
            var who = withPerson ? $"{TerminalText.Markup(person ?? "")}: " : "";
            if (bad is not null)
            {
                console.Write(new Markup($"{who}[bold]{TerminalText.Markup(bad.Document.DisplayName)}[/] ({TerminalText.Markup(bad.Document.Provider ?? bad.Document.RelativePath)})\n"));
                var when = bad.Expires is { } expiry ? $" · expires {Date(expiry, format)}" : "";
                console.Write(new Markup($"  {InvalidMarkup(bad)}{when}\n"));
                console.Write(new Markup($"  Next: {TerminalText.Markup(bad.NextAction)}\n"));
                continue;
            }
            console.Write(new Markup($"{who}[bold]{TerminalText.Markup(entry!.Credential.Title)}[/] ({TerminalText.Markup(entry.Credential.Provider)})\n"));
            var facts = new List<string> { StatusMarkup(entry) };
            var mark = entry.ExpiryFromPolicy ? "*" : "";
            if (entry.Expires is { } expires && entry.DaysLeft < 0) facts.Add($"since {DateText.Format(expires, entry.ExpiresPrecision, format)}{mark} ({Days(-entry.DaysLeft)} ago)");
            else if (entry.Expires is { } expiry) facts.Add($"expires {DateText.Format(expiry, entry.ExpiresPrecision, format)}{mark} ({Days(entry.DaysLeft)} left)");
            if (entry.RenewalOpens is { } opens && entry.Status != CredentialStatus.Expired)
                facts.Add($"renewal {(opens > today ? "opens" : "opened")} {Date(opens, format)}");
            console.Write(new Markup($"  {string.Join(" · ", facts)}\n"));
            if (entry.Credits is { } credits) console.Write(new Markup($"  Credits: {CreditsMarkup(credits)}\n"));
            console.Write(new Markup($"  Next: {TerminalText.Markup(entry.NextAction)}\n"));
        }
        if (rows.Any(r => r.Entry.ExpiryFromPolicy)) console.WriteLine("* expiry derived from the renewal policy");
    }

    /// <summary>
    /// Credentials and invalid documents in one list, by person, then most urgent first (<see cref="Urgency"/>), then
    /// soonest expiry, then file. The JSON keeps file order, for programs that diff it.
    /// </summary>
    private static IReadOnlyList<(string? Person, CredentialTracking? Entry, InvalidTracking? Invalid)> Merge(
        IReadOnlyList<(string? Person, CredentialTracking Entry)> rows, IReadOnlyList<(string? Person, InvalidTracking Invalid)> invalid) =>
        rows.Select(r => (r.Person, File: r.Entry.Credential.RelativePath, Rank: Urgency(r.Entry), r.Entry.DaysLeft, (CredentialTracking?)r.Entry, (InvalidTracking?)null))
            .Concat(invalid.Select(i => (i.Person, File: i.Invalid.Document.RelativePath, Rank: 0, i.Invalid.DaysLeft, (CredentialTracking?)null, (InvalidTracking?)i.Invalid)))
            .OrderBy(r => r.Person ?? "", StringComparer.Ordinal).ThenBy(r => r.Rank).ThenBy(r => r.DaysLeft ?? int.MaxValue)
            .ThenBy(r => r.File, StringComparer.Ordinal)
            .Select(r => (r.Person, r.Item5, r.Item6))
            .ToArray();

    /// <summary>0 for an invalid document, then expired, expiring, renewal open, active, no expiry; one not being renewed after those that are.</summary>
    public static int Urgency(CredentialTracking entry)
    {
        var rank = entry.Status switch
        {
            CredentialStatus.Expired => 1,
            CredentialStatus.Expiring => 2,
            CredentialStatus.RenewalOpen => 3,
            CredentialStatus.Active => 4,
            _ => 5,
        };
        return entry.Renew ? rank : rank + 5;
    }

    /// <summary>The narrowest the next action is squeezed to before the title gives up room (and wraps).</summary>
    public const int NextActionMinWidth = 32;

    /// <summary>
    /// One row per credential, two lines high: the title over its provider, the status over "(not renewing)", the
    /// credits over their bar. The short columns never wrap; the title keeps its whole line and the next action takes
    /// what is left, so a long title wraps only when the next action would get less than <see cref="NextActionMinWidth"/>.
    /// </summary>
    private Table CredentialTable(IReadOnlyList<(string? Person, CredentialTracking? Entry, InvalidTracking? Invalid)> rows, string format, bool withPerson)
    {
        var headers = new List<string>();
        if (withPerson) headers.Add("Person");
        headers.AddRange(["Credential", "Status", "Expires", "Days\nleft", "Renewal\nopens", "Credits", "Next action"]);
        var cells = rows.Select(row => Cells(row, format, withPerson)).ToArray();
        var title = withPerson ? 1 : 0;
        var next = headers.Count - 1;
        var widths = ColumnWidths(headers, cells, title, next);

        var table = new Table().Border(TableBorder.Rounded);
        for (var i = 0; i < headers.Count; i++)
        {
            var column = new TableColumn(headers[i]);
            if (headers[i].StartsWith("Days", StringComparison.Ordinal)) column.RightAligned();
            if (i != title && i != next) column.NoWrap();
            if (widths?[i] is { } width) column.Width(width);
            table.AddColumn(column);
        }
        foreach (var row in cells) table.AddRow(row);
        if (rows.Any(r => r.Entry?.ExpiryFromPolicy == true)) table.Caption("* expiry derived from the renewal policy");
        return table;
    }

    private static string[] Cells((string? Person, CredentialTracking? Entry, InvalidTracking? Invalid) row, string format, bool withPerson)
    {
        var (person, entry, invalid) = row;
        var cells = new List<string>();
        if (withPerson) cells.Add(TerminalText.Markup(person ?? ""));
        if (invalid is not null)
        {
            cells.Add(TitleMarkup(invalid.Document.DisplayName, invalid.Document.Provider ?? invalid.Document.RelativePath));
            cells.Add(InvalidMarkup(invalid));
            cells.Add(invalid.Expires is { } expiry ? Date(expiry, format) : "—");
            cells.Add(invalid.DaysLeft?.ToString(CultureInfo.InvariantCulture) ?? "—");
            cells.Add("—");
            cells.Add("—");
            cells.Add(TerminalText.Markup(invalid.NextAction));
            return cells.ToArray();
        }
        cells.Add(TitleMarkup(entry!.Credential.Title, entry.Credential.Provider));
        cells.Add(StatusMarkup(entry).Replace(" (not renewing)", "\n(not renewing)", StringComparison.Ordinal));
        cells.Add(entry.Expires is { } expires ? DateText.Format(expires, entry.ExpiresPrecision, format) + (entry.ExpiryFromPolicy ? "*" : "") : "—");
        cells.Add(entry.DaysLeft?.ToString(CultureInfo.InvariantCulture) ?? "—");
        // An expired credential's renewal window has closed: only earning it again is left.
        cells.Add(entry.RenewalOpens is { } opens && entry.Status != CredentialStatus.Expired ? Date(opens, format) : "—");
        cells.Add(entry.Credits is { } credits ? $"{CreditsAmount(credits)}\n{CreditsBar(credits)}" : "—");
        cells.Add(TerminalText.Markup(entry.NextAction));
        return cells.ToArray();
    }

    private static string TitleMarkup(string title, string provider) => $"[bold]{TerminalText.Markup(title)}[/]\n[grey]{TerminalText.Markup(provider)}[/]";

    /// <summary>
    /// Null when every column fits on its widest line; otherwise the title and next action share what the short
    /// columns leave, the title first. Spectre would otherwise narrow the widest columns first, and wrap the title.
    /// </summary>
    private int?[]? ColumnWidths(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, int title, int next)
    {
        var options = RenderOptions.Create(console, console.Profile.Capabilities);
        var natural = headers.Select((header, i) => rows.Select(r => r[i]).Prepend(header)
            .Max(cell => ((IRenderable)new Markup(cell)).Measure(options, int.MaxValue).Max)).ToArray();
        // Rounded borders: one line between columns and at each side, one space of padding each side of a cell.
        var room = console.Profile.Width - (headers.Count + 1) - 2 * headers.Count;
        if (natural.Sum() <= room) return null;
        var shared = room - natural.Where((_, i) => i != title && i != next).Sum();
        var nextWidth = Math.Min(natural[next], Math.Max(NextActionMinWidth, shared - natural[title]));
        var titleWidth = Math.Max(1, Math.Min(natural[title], shared - nextWidth));
        return natural.Select((_, i) => i == title ? titleWidth : i == next ? Math.Max(1, shared - titleWidth) : (int?)null).ToArray();
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

    private static string InvalidMarkup(InvalidTracking invalid) => $"[red]{Markup.Escape(invalid.Label)}[/]";

    /// <summary>"████░░░░░░ 26/120 CPE": a ten-cell bar, so it reads the same in a terminal, a log and a golden file.</summary>
    private static string CreditsMarkup(CreditProgress? credits) => credits is null ? "—" : $"{CreditsBar(credits)} {CreditsAmount(credits)}";

    private static string CreditsBar(CreditProgress credits)
    {
        const int cells = 10;
        var filled = (int)Math.Floor(credits.Fraction * cells);
        var color = credits.IsMet ? "green" : "yellow";
        return $"[{color}]{new string('█', filled)}[/][grey]{new string('░', cells - filled)}[/]";
    }

    private static string CreditsAmount(CreditProgress credits) =>
        $"{Tracker.Amount(credits.Earned)}/{Tracker.Amount(credits.Required)} {TerminalText.Markup(credits.Unit)}";

    private static string Summary(IReadOnlyList<CredentialTracking> entries, int invalid)
    {
        var counts = Enum.GetValues<CredentialStatus>()
            .Select(s => (Status: s, Count: entries.Count(e => e.Status == s)))
            .Where(x => x.Count > 0)
            .Select(x => $"{x.Count} {x.Status.ToLabel()}");
        var summary = $"{entries.Count} credential{(entries.Count == 1 ? "" : "s")}: {string.Join(", ", counts)}";
        return invalid == 0 ? summary : $"{summary}; {invalid} invalid document{(invalid == 1 ? "" : "s")} (not loaded)";
    }

    private static string Date(DateOnly date, string format) => date.ToString(format, CultureInfo.InvariantCulture);

    private static string Days(int? days) => days == 1 ? "1 day" : $"{days} days";
}
