using System.ComponentModel;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using Certfolio.Cli.Output;
using Certfolio.Server;
using Certfolio.Server.Building;
using Certfolio.Site;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Certfolio.Cli.Commands;

public sealed class ServeSettings : PortfolioSettings
{
    [CommandOption("--port <PORT>")]
    [Description("The port to listen on (0 picks a free one).")]
    [DefaultValue("5080")]
    public string PortText { get; init; } = "5080";

    public int Port => WholeNumberOption.Read(PortText) ?? 0;

    [CommandOption("--host <HOST>")]
    [Description("The address to listen on: 127.0.0.1 (default), localhost, or 0.0.0.0 to reach it from other machines.")]
    [DefaultValue("127.0.0.1")]
    public string Host { get; init; } = "127.0.0.1";

    public override ValidationResult Validate()
    {
        if (WholeNumberOption.Check("--port", PortText, "") is { } notANumber) return notANumber;
        if (Port is < 0 or > 65535) return ValidationResult.Error($"--port {Port} must be between 0 and 65535");
        if (Host != "localhost" && !IPAddress.TryParse(Host, out _)) return ValidationResult.Error($"--host '{Host}' must be an IP address or localhost");
        return base.Validate();
    }
}

/// <summary><c>certfolio serve</c>: the site built in memory, served, rebuilt on every save, with live reload.</summary>
public sealed class ServeCommand(IAnsiConsole console) : Command<ServeSettings>
{
    public override int Execute(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        // Ctrl+C (SIGINT) and a service manager's SIGTERM both stop the server cleanly instead of killing it mid-response.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        return RunAsync(settings, stop.Token).GetAwaiter().GetResult();

        void Stop(PosixSignalContext signal)
        {
            signal.Cancel = true;
            stop.Cancel();
        }
    }

    private async Task<int> RunAsync(ServeSettings settings, CancellationToken stop)
    {
        var audience = PreviewOptions.ForHost(settings.Host);
        var options = new PreviewOptions { Root = settings.Path, Host = settings.Host, Port = settings.Port, Clock = settings.Clock, Audience = audience };
        if (audience != SiteAudience.Owner)
            console.MarkupLine($"[yellow]note:[/] {TerminalText.Markup(settings.Host)} is reachable from other machines, so this preview shows what visitors see; the owner's view (renewals, credits, the dashboard) is served on 127.0.0.1 only.");
        await using var server = new PreviewServer(options);
        Uri url;
        try
        {
            url = await server.StartAsync(stop);
        }
        catch (IOException e)
        {
            console.MarkupLine($"[red]error:[/] cannot listen on {TerminalText.Markup(PreviewServer.ListenUrl(settings.Host, settings.Port))}: {TerminalText.Markup(e.Message)}");
            return ExitCodes.Usage;
        }

        Report(server.FirstBuild!);
        server.Site.Rebuilt += Report;
        console.WriteLine($"Serving {TerminalText.Escape(settings.Path)} at {url} (Ctrl+C to stop)");
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
            console.WriteLine("Stopping.");
        }
        return ExitCodes.Success;
    }

    private void Report(RebuildReport report)
    {
        var errors = report.Errors.ToArray();
        foreach (var error in errors) console.MarkupLine($"[red]{TerminalText.Markup(error.ToString())}[/]");
        var time = Milliseconds(report.BuildTime) + (report.SinceFirstEvent is { } since ? $", {Milliseconds(since)} after the file event" : "");
        if (!report.Succeeded)
            console.WriteLine($"{errors.Length} error(s): {StillServed(report)} ({time})");
        else if (report.Changed || report.ChangedFiles.Count == 0)
            console.WriteLine($"{(report.Incremental ? "Rebuilt" : "Built")} {report.PagesRendered} pages, {report.ChangedPaths.Count} files changed in {time}");
    }

    /// <summary>What the preview serves after a failed build: the last good site, or, when none has built, a page of the errors.</summary>
    public static string StillServed(RebuildReport report) => report.HasSite
        ? "still serving the last good build"
        : "no build has succeeded yet; serving a page that lists the errors";

    private static string Milliseconds(TimeSpan time) => time.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture) + " ms";
}
