using System.Text.Json;
using System.Text.Json.Serialization;

namespace Certfolio.Cli.Tests.Hostile;

/// <summary>
/// One hostile-input case: a folder under <c>Hostile/Cases/</c> with a <c>case.json</c> (this record) and a
/// <c>root/</c> tree that is copied to a fresh temporary folder, which becomes the current folder for the run.
/// README.md beside this file describes every key.
/// </summary>
public sealed record HostileCase
{
    /// <summary>The attack and the promise it tests, in one sentence.</summary>
    public required string Why { get; init; }

    /// <summary>The command line; <c>{root}</c> is replaced by the temporary folder's absolute path.</summary>
    public required string[] Args { get; init; }

    public required int Exit { get; init; }

    /// <summary>Substrings standard output must contain.</summary>
    public string[] Stdout { get; init; } = [];

    /// <summary>Substrings standard error must contain.</summary>
    public string[] Stderr { get; init; } = [];

    /// <summary>Substrings that must appear in neither stream, nor in any file the run created or changed.</summary>
    public string[] Absent { get; init; } = [];

    /// <summary>Path prefixes (relative, '/'-separated) the run may create, change or delete; everything else must stay byte-identical.</summary>
    public string[] MayChange { get; init; } = [];

    /// <summary>Relative paths that must not exist after the run.</summary>
    public string[] MustNotExist { get; init; } = [];

    /// <summary>Symbolic links made before the run (link path → target; <c>{root}</c> allowed in the target).</summary>
    public Dictionary<string, string> Symlinks { get; init; } = [];

    /// <summary>Files written before the run (path → text), for names git cannot hold, such as <c>.git/config</c>.</summary>
    public Dictionary<string, string> Files { get; init; } = [];

    /// <summary>Named pipes (FIFOs) made before the run with mkfifo: opening one for reading blocks until a writer comes.</summary>
    public string[] Fifos { get; init; } = [];

    /// <summary>Empty folders made before the run.</summary>
    public string[] Folders { get; init; } = [];

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static HostileCase Read(string caseFolder) =>
        JsonSerializer.Deserialize<HostileCase>(File.ReadAllText(Path.Combine(caseFolder, "case.json")), Json)
        ?? throw new InvalidDataException($"{caseFolder}/case.json is empty");
}
