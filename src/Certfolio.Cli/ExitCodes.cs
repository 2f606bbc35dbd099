namespace Certfolio.Cli;

/// <summary>Process exit codes, as scripts and CI rely on them.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The portfolio has errors (or warnings under --strict), or the operation failed on content.</summary>
    public const int ContentErrors = 1;
    /// <summary>Bad command line or an unreadable path.</summary>
    public const int Usage = 2;
    /// <summary><c>status --fail-within</c>: something needs attention.</summary>
    public const int AttentionNeeded = 3;
}
