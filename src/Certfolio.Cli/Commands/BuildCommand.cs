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
}

/// <summary><c>certfolio build</c>: the static site, swapped into place only when the whole build succeeded.</summary>
public sealed class BuildCommand(IAnsiConsole console) : Command<BuildSettings>
{
    /// <summary>Builds with at least this many credentials show a progress bar on a terminal.</summary>
    public const int ProgressThreshold = 500;

    public override int Execute(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var portfolio = new PortfolioLoader { KeepFrontMatter = false }.Load(settings.Path);
        var diagnostics = new PortfolioDiagnostics(portfolio, PortfolioChecks.Extra(portfolio, settings.Clock));
        var output = console.Profile.Out.Writer;
        var color = console.Profile.Out.IsTerminal && console.Profile.Capabilities.Ansi && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        var shown = diagnostics.Shown(Environment.CurrentDirectory);
        DiagnosticPrinter.Print(shown, OutputFormat.Text, output, diagnostics.SourceLine, color);
        var errors = shown.Count(s => s.Diagnostic.Severity == Severity.Error);
        if (errors > 0)
        {
            output.WriteLine(DiagnosticPrinter.Summary(portfolio.FilesChecked, errors, shown.Count - errors));
            output.WriteLine("build stopped: the previous output was left untouched");
            return ExitCodes.ContentErrors;
        }

        var folder = new OutputFolder(settings.Output ?? Path.Combine(portfolio.Layout.Root, "_site"));
        folder.Recover();
        if (folder.RefusalReason() is { } reason)
        {
            console.MarkupLine($"[red]error:[/] {TerminalText.Markup(reason)}");
            return ExitCodes.Usage;
        }

        var writer = folder.BeginStaging();
        var options = new SiteOptions { Clock = settings.Clock };
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
        DiagnosticPrinter.Print(siteDiagnostics, OutputFormat.Text, output, _ => null, color);
        if (!result.Succeeded)
        {
            folder.Abandon();
            output.WriteLine("build failed: the previous output was left untouched");
            return ExitCodes.ContentErrors;
        }
        folder.Commit();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Pages} pages written, {result.Bytes / 1_000_000.0:0.0} MB, {clock.Elapsed.TotalSeconds:0.00} s → {TerminalText.Escape(Path.GetRelativePath(Environment.CurrentDirectory, folder.Target))}"));
        return ExitCodes.Success;
    }

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
