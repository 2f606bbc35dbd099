using System.Text;
using Certfolio.Core.Portfolios;

namespace Certfolio.Site.Tests.Support;

/// <summary>
/// A portfolio held in memory: files by absolute path, no links, no folders but those the files imply. What the
/// loader and the site build read through <see cref="IFileSystem"/>, so a whole site test runs without a disk.
/// </summary>
public sealed class MemoryFileSystem(IReadOnlyDictionary<string, byte[]> files) : IFileSystem
{
    public bool FileExists(string path) => files.ContainsKey(Normal(path));

    public bool DirectoryExists(string path)
    {
        var prefix = Normal(path).TrimEnd('/') + "/";
        return files.Keys.Any(f => f.StartsWith(prefix, StringComparison.Ordinal));
    }

    public IEnumerable<string> EnumerateFiles(string directory) => EnumerateFileEntries(directory).Select(e => e.FullPath);

    public IEnumerable<FileEntry> EnumerateFileEntries(string directory)
    {
        var prefix = Normal(directory).TrimEnd('/') + "/";
        return files.Where(f => f.Key.StartsWith(prefix, StringComparison.Ordinal))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new FileEntry(f.Key, f.Value.Length, IsSymbolicLink: false))
            .ToArray();
    }

    public byte[] ReadAllBytes(string path) => files.TryGetValue(Normal(path), out var bytes) ? bytes : throw new FileNotFoundException(path);

    public long GetLength(string path) => ReadAllBytes(path).Length;

    public string RealPath(string path) => Normal(path);

    private static string Normal(string path) => Path.GetFullPath(path);
}

/// <summary>
/// A whole portfolio written as one string, as Hugo's integration tests write sites: each file starts with a line
/// <c>-- path --</c> and runs to the next such line. Loaded and built on a <see cref="MemoryFileSystem"/>.
/// </summary>
public sealed class InMemoryPortfolio
{
    /// <summary>A root no test machine has on disk: anything read from it must come through the file system.</summary>
    public const string Root = "/certfolio-in-memory/portfolio";

    private InMemoryPortfolio(MemoryFileSystem fileSystem) => FileSystem = fileSystem;

    public MemoryFileSystem FileSystem { get; }

    public static InMemoryPortfolio Parse(string text)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        string? path = null;
        var content = new StringBuilder();
        void Flush()
        {
            if (path is not null) files[Path.Combine(Root, path)] = Encoding.UTF8.GetBytes(content.ToString());
            content.Clear();
        }
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                Flush();
                path = line[3..^3].Trim();
                continue;
            }
            if (path is not null) content.Append(line).Append('\n');
        }
        Flush();
        return new InMemoryPortfolio(new MemoryFileSystem(files));
    }

    public Portfolio Load() => new PortfolioLoader(FileSystem).Load(Root);

    public SiteOptions Options(DateOnly? today = null) => TestPortfolio.Options(today) with { FileSystem = FileSystem };

    /// <summary>Builds the site on this file system; <paramref name="options"/> (such as the owner's) are read through it too.</summary>
    public (BuildResult Result, Certfolio.Site.Publishing.MemorySiteWriter Site) Build(DateOnly? today = null, SiteOptions? options = null)
    {
        var site = new Certfolio.Site.Publishing.MemorySiteWriter();
        var result = TestPortfolio.Builder.Build(Load(), (options ?? Options(today)) with { FileSystem = FileSystem }, site);
        return (result, site);
    }
}
