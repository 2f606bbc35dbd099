using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Certfolio.Cli.Tests.Published;

/// <summary>
/// <c>certfolio serve</c> run by the published binary on a free port: started, waited for until it prints its
/// address, stopped with SIGTERM as a service manager would (and killed if it does not stop).
/// </summary>
public sealed partial class ServedCli : IDisposable
{
    // The wrapper may publish first when a source changed since the collection started.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(10);

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource<Uri> _url = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServedCli(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => OnLine(_stdout, e.Data, found: true);
        _process.ErrorDataReceived += (_, e) => OnLine(_stderr, e.Data, found: false);
        _process.EnableRaisingEvents = true;
        _process.Exited += (_, _) => _url.TrySetException(new InvalidOperationException($"serve exited early: {Output}"));
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The served address, ending in '/'.</summary>
    public Uri Url { get; private set; } = null!;

    /// <summary>Everything printed so far, standard output then standard error.</summary>
    public string Output
    {
        get
        {
            lock (_stdout) return $"--- stdout ---\n{_stdout}--- stderr ---\n{PublishedCli.WithoutPublishing(_stderr.ToString())}";
        }
    }

    /// <summary>Starts <c>certfolio serve PATH --port 0 ARGS</c> in <paramref name="workingDirectory"/> and waits for its address.</summary>
    public static async Task<ServedCli> StartAsync(PublishedCli cli, string workingDirectory, string path, params string[] args)
    {
        var served = new ServedCli(cli.Start(workingDirectory, ["serve", path, "--port", "0", .. args]));
        try
        {
            served.Url = await served._url.Task.WaitAsync(StartTimeout);
            return served;
        }
        catch
        {
            served.Dispose();
            throw;
        }
    }

    /// <summary>Sends SIGTERM and waits for the process to stop; returns its exit code.</summary>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])))
            await kill!.WaitForExitAsync();
        using var wait = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(wait.Token);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private void OnLine(StringBuilder into, string? line, bool found)
    {
        if (line is null) return;
        lock (_stdout) into.Append(line).Append('\n');
        if (found && ServingLine().Match(line) is { Success: true } match) _url.TrySetResult(new Uri(match.Groups[1].Value));
    }

    [GeneratedRegex(@"^Serving .+ at (http://\S+) \(Ctrl\+C to stop\)$")]
    private static partial Regex ServingLine();
}
