using Certfolio.Core.Diagnostics;

namespace Certfolio.Interop.Importing;

/// <summary>A problem found while reading a file: where (file plus row or JSON path) and what.</summary>
public sealed record ImportMessage(Severity Severity, string Where, string Message)
{
    public static ImportMessage Error(string where, string message) => new(Severity.Error, where, message);

    public static ImportMessage Warning(string where, string message) => new(Severity.Warning, where, message);

    public override string ToString() => $"{Where}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}
