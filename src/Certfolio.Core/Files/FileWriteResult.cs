namespace Certfolio.Core.Files;

/// <summary>What an <see cref="AtomicFile"/> write did: written, refused because the file exists, or failed (and why).</summary>
public sealed record FileWriteResult
{
    private FileWriteResult(bool succeeded, bool existed, string? problem)
    {
        Succeeded = succeeded;
        Existed = existed;
        Problem = problem;
    }

    public bool Succeeded { get; }

    /// <summary>Whether the target existed before the write (and, on failure, still holds what it held).</summary>
    public bool Existed { get; }

    /// <summary>Why the write failed (the system's words), or null when it succeeded.</summary>
    public string? Problem { get; }

    /// <summary>True when a create was refused because the file already exists.</summary>
    public bool WasAlreadyThere { get; private init; }

    public static FileWriteResult Written(bool existed) => new(true, existed, null);

    public static FileWriteResult Failed(string problem, bool existed) => new(false, existed, problem.TrimEnd('.', ' '));

    public static FileWriteResult AlreadyExists(bool existed) => new(false, existed, "it already exists") { WasAlreadyThere = true };

    /// <summary>
    /// The message for the user, naming the file as <paramref name="displayPath"/>:
    /// "cannot write certifications/x.md: No space left on device; the file was left as it was".
    /// </summary>
    public string Describe(string displayPath) =>
        Succeeded ? $"wrote {displayPath}"
        : WasAlreadyThere ? $"{displayPath} already exists; nothing was overwritten"
        : $"cannot write {displayPath}: {Problem}; {(Existed ? "the file was left as it was" : "nothing was written")}";
}
