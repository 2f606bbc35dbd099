using System.Diagnostics;
using System.Text;

namespace Certfolio.Cli.Tests.Published;

/// <summary>
/// The CLI users run: the repository's <c>certfolio</c> wrapper, which publishes the CLI when its sources changed and
/// then execs the published binary. Created once for <see cref="PublishedCollection"/>; the constructor's first run
/// pays for the publish, so no test's timing or timeout depends on whether it ran first.
/// </summary>
public sealed class PublishedCli
{
    /// <summary>The wrapper's own line on standard error when it publishes; not the CLI's output.</summary>
    public const string PublishingLine = "certfolio: building the CLI";

    /// <summary>The console width a redirected CLI falls back to, and the in-process twin's.</summary>
    public const int Columns = 80;

    // A publish takes minutes on a loaded machine, and the wrapper publishes again whenever a source changed since
    // (other work goes on in the same checkout), so every run gets the first run's allowance.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public PublishedCli()
    {
        var clock = Stopwatch.StartNew();
        var first = Run(RepositoryRoot.Path, "--version");
        FirstRun = clock.Elapsed;
        if (first.ExitCode != 0) throw new InvalidOperationException($"The wrapper could not publish or run the CLI: {first}");
    }

    public static string Wrapper { get; } = Path.Combine(RepositoryRoot.Path, "certfolio");

    /// <summary>How long the first run took, publish included when the sources had changed.</summary>
    public TimeSpan FirstRun { get; }

    /// <summary>Runs <c>certfolio ARGS</c> in <paramref name="workingDirectory"/> to the end, with no input.</summary>
    public CliRun Run(string workingDirectory, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args))!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"certfolio {string.Join(' ', args)} did not finish in {Timeout}");
        }
        return new CliRun(process.ExitCode, stdout.Result, WithoutPublishing(stderr.Result));
    }

    /// <summary>Starts <c>certfolio ARGS</c> and leaves it running (for <c>serve</c>); the caller stops it.</summary>
    public Process Start(string workingDirectory, params string[] args)
    {
        var process = Process.Start(StartInfo(workingDirectory, args))!;
        process.StandardInput.Close();
        return process;
    }

    /// <summary>Standard error without the wrapper's publishing notice, which depends on what ran before.</summary>
    public static string WithoutPublishing(string stderr) =>
        string.Join('\n', stderr.Split('\n').Where(line => !line.StartsWith(PublishingLine, StringComparison.Ordinal)));

    private static ProcessStartInfo StartInfo(string workingDirectory, string[] args)
    {
        var start = new ProcessStartInfo(Wrapper)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = Columns.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Switches that change what the CLI prints or how the wrapper runs it stay out of a comparison.
        foreach (var name in new[] { "CERTFOLIO_STATS", "CERTFOLIO_DEBUG", "DOTNET_TieredCompilation" }) start.Environment.Remove(name);
        return start;
    }
}
