using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Certfolio.Cli.Tests.Published;

/// <summary>
/// The CLI users run: the repository's <c>certfolio</c> wrapper, which publishes the CLI when its sources changed and
/// then execs the published binary. Created once for <see cref="PublishedCollection"/>; the constructor's first run
/// pays for the publish, so no test's timing or timeout depends on whether it ran first.
/// </summary>
public sealed partial class PublishedCli
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
        var start = StartInfo(Wrapper, workingDirectory);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var run = RunToEnd(start);
        return run with { Stderr = WithoutPublishing(run.Stderr) };
    }

    /// <summary>
    /// Runs <c>certfolio ARGS</c> at a terminal <paramref name="columns"/> wide (a pseudo-terminal made by util-linux
    /// <c>script</c>), as a user typing the command sees it. The terminal merges standard error into the output; its
    /// carriage returns and escape sequences (bold, keypad mode) are removed.
    /// </summary>
    public CliRun RunInTerminal(string workingDirectory, int columns, params string[] args) => Terminal(workingDirectory, columns, "", args);

    /// <summary>
    /// As <see cref="RunInTerminal"/>, 80 columns wide, typing <paramref name="answers"/> (lines) at the terminal:
    /// for prompts. The terminal echoes the answers, so the output holds them too.
    /// </summary>
    public CliRun AnswerInTerminal(string workingDirectory, string answers, params string[] args) => Terminal(workingDirectory, Columns, answers, args);

    private static CliRun Terminal(string workingDirectory, int columns, string input, string[] args)
    {
        var command = $"stty cols {columns} rows 50; exec {string.Join(' ', args.Prepend(Wrapper).Select(Quote))}";
        var start = StartInfo("script", workingDirectory);
        foreach (var arg in new[] { "--quiet", "--flush", "--return", "--command", command, "/dev/null" }) start.ArgumentList.Add(arg);
        start.Environment["TERM"] = "xterm";
        var run = RunToEnd(start, input);
        return run with { Stdout = WithoutPublishing(TerminalEscapes().Replace(run.Stdout, "").Replace("\r\n", "\n", StringComparison.Ordinal)) };
    }

    /// <summary>Starts <c>certfolio ARGS</c> and leaves it running (for <c>serve</c>); the caller stops it.</summary>
    public Process Start(string workingDirectory, params string[] args)
    {
        var start = StartInfo(Wrapper, workingDirectory);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        var process = Process.Start(start)!;
        process.StandardInput.Close();
        return process;
    }

    /// <summary>Standard error without the wrapper's publishing notice, which depends on what ran before.</summary>
    public static string WithoutPublishing(string stderr) =>
        string.Join('\n', stderr.Split('\n').Where(line => !line.StartsWith(PublishingLine, StringComparison.Ordinal)));

    private static CliRun RunToEnd(ProcessStartInfo start, string input = "")
    {
        using var process = Process.Start(start)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish in {Timeout}");
        }
        return new CliRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string Quote(string word) => "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    // CSI sequences (styles, modes), OSC sequences (links, titles) and two-character ones such as keypad mode (ESC =).
    [GeneratedRegex(@"\x1B\[[0-?]*[ -/]*[@-~]|\x1B\][^\x07\x1B]*(\x07|\x1B\\)|\x1B[=>]")]
    private static partial Regex TerminalEscapes();

    private static ProcessStartInfo StartInfo(string fileName, string workingDirectory)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        start.Environment["NO_COLOR"] = "1";
        start.Environment["COLUMNS"] = Columns.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // Switches that change what the CLI prints or how the wrapper runs it stay out of a comparison.
        foreach (var name in new[] { "CERTFOLIO_STATS", "CERTFOLIO_DEBUG", "DOTNET_TieredCompilation" }) start.Environment.Remove(name);
        return start;
    }
}
