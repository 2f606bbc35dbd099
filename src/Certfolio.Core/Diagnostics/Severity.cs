namespace Certfolio.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
    /// <summary>Worth knowing, not a problem: never fails a command, not even under <c>--strict</c>.</summary>
    Info,
}
