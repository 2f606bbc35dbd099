using System.ComponentModel;
using System.Globalization;
using System.Net;
using Certfolio.Server;
using Certfolio.Server.Building;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Certfolio.Cli.Commands;

public sealed class ServeSettings : PortfolioSettings
{
    [CommandOption("--port <PORT>")]
    [Description("The port to listen on (0 picks a free one).")]
    [DefaultValue(5080)]
    public int Port { get; init; } = 5080;

    [CommandOption("--host <HOST>")]
    [Description("The address to listen on: 127.0.0.1 (default), localhost, or 0.0.0.0 to reach it from other machines.")]
    [DefaultValue("127.0.0.1")]
    public string Host { get; init; } = "127.0.0.1";

    public override ValidationResult Validate()
    {
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
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // Stop cleanly instead of letting the runtime kill the process mid-response.
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            return RunAsync(settings, stop.Token).GetAwaiter().GetResult();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private async Task<int> RunAsync(ServeSettings settings, CancellationToken stop)
    {
        var options = new PreviewOptions { Root = settings.Path, Host = settings.Host, Port = settings.Port, Clock = settings.Clock };
        await using var server = new PreviewServer(options);
        Uri url;
        try
        {
            url = await server.StartAsync(stop);
        }
        catch (IOException e)
        {
            console.MarkupLine($"[red]error:[/] cannot listen on {Markup.Escape(PreviewServer.ListenUrl(settings.Host, settings.Port))}: {Markup.Escape(e.Message)}");
            return ExitCodes.Usage;
        }

        Report(server.FirstBuild!);
        server.Site.Rebuilt += Report;
        console.WriteLine($"Serving {settings.Path} at {url} (Ctrl+C to stop)");
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
        foreach (var error in errors) console.MarkupLine($"[red]{Markup.Escape(error.ToString())}[/]");
        var time = (report.SinceFirstEvent ?? report.BuildTime).TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        if (!report.Succeeded)
            console.WriteLine($"{errors.Length} error(s): still serving the last good build ({time} ms)");
        else if (report.Changed || report.ChangedFiles.Count == 0)
            console.WriteLine($"{(report.Incremental ? "Rebuilt" : "Built")} {report.PagesRendered} pages, {report.ChangedPaths.Count} files changed ({time} ms)");
    }
}
