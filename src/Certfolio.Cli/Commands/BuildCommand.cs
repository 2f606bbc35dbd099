using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Certfolio.Cli.Output;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Certfolio.Site;
using Certfolio.Site.Publishing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Certfolio.Cli.Commands;

public sealed class BuildSettings : PortfolioSettings
{
    [CommandOption("-o|--output <DIR>")]
    [Description("Where the site goes (default: PATH/_site). Replaced only by a complete build.")]
    public string? Output { get; init; }

    [CommandOption("--wait <SECONDS>")]
    [Description("How long to wait while another build writes the same output folder before giving up.")]
    [DefaultValue("60")]
    public string WaitText { get; init; } = "60";

    public int Wait => WholeNumberOption.Read(WaitText) ?? 0;

    [CommandOption("--owner")]
    [Description("Build the owner's view for a private host: renewal, credits, the calendar, add-to-profile links and the dashboard at /owner/, marked as unseen by visitors. Needs -o.")]
    public bool Owner { get; init; }

    public override ValidationResult Validate()
    {
        // PATH/_site is what a CI job publishes: the owner's view goes only where it is named.
        if (Owner && Output is null) return ValidationResult.Error("--owner needs -o DIR: the owner's view is for a private host, never the default _site that a CI job publishes");
        if (WholeNumberOption.Check("--wait", WaitText, "seconds") is { } notANumber) return notANumber;
        if (Wait is < 0 or > 86_400) return ValidationResult.Error($"--wait {Wait} must be between 0 and 86400 seconds");
        return base.Validate();
    }
}

/// <summary><c>certfolio build</c>: the static site, swapped into place only when the whole build succeeded.</summary>
public sealed class BuildCommand(IAnsiConsole console) : Command<BuildSettings>
{
    /// <summary>Builds with at least this many credentials show a progress bar on a terminal.</summary>
    public const int ProgressThreshold = 500;

    public override int Execute(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var portfolio = new PortfolioLoader { Purpose = LoadPurpose.Build }.Load(settings.Path);
        // A misplaced output is a usage error, reported before anything else is read into the site.
        var requested = settings.Output ?? Path.Combine(portfolio.Layout.Root, "_site");
        if (OutputPlacement.Refusal(requested, portfolio.Layout) is { } misplaced)
        {
            console.MarkupLine($"[red]error:[/] {TerminalText.Markup(misplaced)}");
            return ExitCodes.Usage;
        }
        var diagnostics = new PortfolioDiagnostics(portfolio);
        var output = console.Profile.Out.Writer;
        var color = console.Profile.Out.IsTerminal && console.Profile.Capabilities.Ansi && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        var shown = diagnostics.Shown(Environment.CurrentDirectory);
        DiagnosticPrinter.Print(shown, OutputFormat.Text, output, color);
        var errors = shown.Count(s => s.Diagnostic.Severity == Severity.Error);
        if (errors > 0)
        {
            output.WriteLine(DiagnosticPrinter.Summary(portfolio.FilesChecked, errors, shown.Count(s => s.Diagnostic.Severity == Severity.Warning)));
            output.WriteLine($"build stopped: {Untouched(requested)}");
            return ExitCodes.ContentErrors;
        }

        var folder = new OutputFolder(requested);
        try
        {
            return Publish(folder, portfolio, settings, output, color, clock);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.MarkupLine($"[red]error:[/] cannot write the site to '{TerminalText.Markup(Shown(folder))}': {TerminalText.Markup(e.Message)}");
            return ExitCodes.ContentErrors;
        }
    }

    private int Publish(OutputFolder folder, Portfolio portfolio, BuildSettings settings, TextWriter output, bool color, Stopwatch clock)
    {
        // Refused before the lock too, so a refused build leaves nothing behind, not even the lock file.
        if (folder.RefusalReason(Environment.CurrentDirectory) is { } early)
        {
            console.MarkupLine($"[red]error:[/] {TerminalText.Markup(early)}");
            return ExitCodes.Usage;
        }

        // Two builds into one folder would share its staging folder: the second waits for the first, or gives up.
        using var held = folder.TryLock(TimeSpan.Zero) ?? Wait(folder, settings.Wait);
        if (held is null)
        {
            console.MarkupLine($"[red]error:[/] another build is writing {TerminalText.Markup(Shown(folder))}; waited {settings.Wait} s (--wait)");
            return ExitCodes.ContentErrors;
        }

        // Again under the lock: the folders may have changed while this build waited.
        if (folder.RefusalReason(Environment.CurrentDirectory) is { } reason)
        {
            console.MarkupLine($"[red]error:[/] {TerminalText.Markup(reason)}");
            return ExitCodes.Usage;
        }
        folder.Recover();

        var writer = folder.BeginStaging();
        var options = new SiteOptions { Clock = settings.Clock, Audience = settings.Owner ? SiteAudience.Owner : SiteAudience.Visitor };
        BuildResult result;
        try
        {
            result = console.Profile.Out.IsTerminal && console.Profile.Capabilities.Interactive && portfolio.Credentials.Count >= ProgressThreshold
                ? BuildWithProgress(portfolio, options, writer)
                : new SiteBuilder().Build(portfolio, options, writer);
        }
        catch
        {
            folder.Abandon();
            throw;
        }

        var siteDiagnostics = result.Diagnostics.Select(d => new ShownDiagnostic(d, d.Location.FilePath)).ToArray();
        DiagnosticPrinter.Print(siteDiagnostics, OutputFormat.Text, output, color);
        if (!result.Succeeded)
        {
            folder.Abandon();
            output.WriteLine($"build failed: {Untouched(folder.Requested)}");
            return ExitCodes.ContentErrors;
        }
        folder.Commit();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Pages} pages written, {result.Bytes / 1_000_000.0:0.0} MB, {clock.Elapsed.TotalSeconds:0.00} s → {TerminalText.Escape(Shown(folder))}"));
        if (settings.Owner) output.WriteLine("This is the owner's view (renewal, credits, calendar, dashboard at /owner/): keep it on a private host.");
        output.WriteLine(TerminalText.Escape(HowToView(portfolio.Config.BaseUrl, Shown(folder), settings.Path)));
        return ExitCodes.Success;
    }

    /// <summary>
    /// Where the built site can be looked at: its links start at the site's root, so it is served, not opened from
    /// disk (a file:// page finds no stylesheet).
    /// </summary>
    public static string HowToView(string? baseUrl, string output, string portfolio) => baseUrl is null
        ? $"View it with `certfolio serve {portfolio}`, or serve {output} as the root of any web server; set baseUrl in certfolio.yaml to publish it under a path."
        : $"Publish {output} at {baseUrl}; to look first, `certfolio serve {portfolio}`.";

    /// <summary>What a stopped build did to the output: it names a previous output only when there was one.</summary>
    public static string Untouched(string output) =>
        Directory.Exists(output) ? "the previous output was left untouched" : "nothing was written";

    private OutputLock? Wait(OutputFolder folder, int seconds)
    {
        if (seconds == 0) return null;
        console.WriteLine($"another build is writing {Shown(folder)}; waiting up to {seconds} s");
        return folder.TryLock(TimeSpan.FromSeconds(seconds));
    }

    /// <summary>The output as the user named it, relative to the current folder.</summary>
    private static string Shown(OutputFolder folder) => Path.GetRelativePath(Environment.CurrentDirectory, folder.Requested);

    private BuildResult BuildWithProgress(Portfolio portfolio, SiteOptions options, DiskSiteWriter writer)
    {
        BuildResult? result = null;
        console.Progress().AutoClear(true).Start(progress =>
        {
            var task = progress.AddTask("Rendering pages");
            result = new SiteBuilder().Build(portfolio, options with
            {
                Progress = (done, total) =>
                {
                    task.MaxValue = total;
                    task.Value = done;
                },
            }, writer);
        });
        return result!;
    }
}
