namespace Certfolio.Cli.Tests.Published;

/// <summary>What one run of the CLI returned and printed, standard output and standard error apart.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit code {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}
