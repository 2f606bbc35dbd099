namespace Certfolio.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
