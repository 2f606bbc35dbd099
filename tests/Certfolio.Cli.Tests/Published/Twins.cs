namespace Certfolio.Cli.Tests.Published;

/// <summary>
/// Two identical throwaway folders, one for the published binary and one for the in-process run, so both may write
/// and what they wrote can be compared file by file. Arguments are given relative to the folder each run starts in.
/// </summary>
public sealed class Twins : IDisposable
{
    public static readonly string ExamplePortfolio = Path.Combine(RepositoryRoot.Path, "examples", "portfolio");
    public static readonly string CliFixtures = Path.Combine(RepositoryRoot.Path, "tests", "Certfolio.Cli.Tests", "Fixtures");
    public static readonly string InteropData = Path.Combine(RepositoryRoot.Path, "tests", "Certfolio.Interop.Tests", "Data");

    private readonly string _root = Directory.CreateTempSubdirectory("certfolio-published-").FullName;

    public Twins()
    {
        Directory.CreateDirectory(Published);
        Directory.CreateDirectory(InProcess);
    }

    // Names of one length, so absolute paths in messages wrap at the same column in both twins.

    /// <summary>The folder the published binary runs in.</summary>
    public string Published => Path.Combine(_root, "published");

    /// <summary>The folder the in-process run runs in.</summary>
    public string InProcess => Path.Combine(_root, "inprocess");

    /// <summary>Copies a folder (without build output or hidden files) to <paramref name="name"/> in both twins.</summary>
    public Twins Folder(string source, string name)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(s => s is "_site" || s.StartsWith('.'))) continue;
            File(file, Path.Combine(name, relative));
        }
        return this;
    }

    /// <summary>Copies one file to <paramref name="relative"/> in both twins.</summary>
    public Twins File(string source, string relative)
    {
        foreach (var twin in new[] { Published, InProcess })
        {
            var target = Path.Combine(twin, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.Copy(source, target);
        }
        return this;
    }

    /// <summary>Writes a text file to <paramref name="relative"/> in both twins.</summary>
    public Twins Text(string relative, string content)
    {
        foreach (var twin in new[] { Published, InProcess })
        {
            var target = Path.Combine(twin, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            System.IO.File.WriteAllText(target, content);
        }
        return this;
    }

    /// <summary>Creates an empty folder in both twins.</summary>
    public Twins EmptyFolder(string relative)
    {
        Directory.CreateDirectory(Path.Combine(Published, relative));
        Directory.CreateDirectory(Path.Combine(InProcess, relative));
        return this;
    }

    /// <summary>Runs the same command, published in one twin and in process in the other.</summary>
    public (CliRun Published, CliRun InProcess) Run(PublishedCli cli, params string[] args) =>
        (cli.Run(Published, args), InProcessCli.Run(InProcess, args));

    /// <summary>Like <see cref="Run"/>, with each twin's absolute path printed as <c>TWIN</c>, for messages that quote full paths.</summary>
    public (CliRun Published, CliRun InProcess) RunAnonymised(PublishedCli cli, params string[] args)
    {
        var (published, inProcess) = Run(cli, args);
        return (Anonymised(published, Published), Anonymised(inProcess, InProcess));
    }

    private static CliRun Anonymised(CliRun run, string twin) =>
        run with { Stdout = run.Stdout.Replace(twin, "TWIN", StringComparison.Ordinal), Stderr = run.Stderr.Replace(twin, "TWIN", StringComparison.Ordinal) };

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing dispose would hide the test's real outcome.
        }
    }
}
