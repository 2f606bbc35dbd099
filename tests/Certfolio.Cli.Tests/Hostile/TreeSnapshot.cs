using System.Security.Cryptography;
using Certfolio.Core.Portfolios;

namespace Certfolio.Cli.Tests.Hostile;

/// <summary>Every entry under a folder (symbolic links not followed), with what identifies its content.</summary>
public sealed class TreeSnapshot
{
    private readonly Dictionary<string, string> entries;

    private TreeSnapshot(Dictionary<string, string> entries) => this.entries = entries;

    public static TreeSnapshot Take(string root)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(root, root, entries);
        return new TreeSnapshot(entries);
    }

    /// <summary>Relative paths that appeared, disappeared or changed between this snapshot and <paramref name="after"/>.</summary>
    public IEnumerable<string> ChangedIn(TreeSnapshot after) =>
        entries.Keys.Union(after.entries.Keys)
            .Where(path => entries.GetValueOrDefault(path) != after.entries.GetValueOrDefault(path))
            .Order(StringComparer.Ordinal);

    private static void Walk(string root, string folder, Dictionary<string, string> entries)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(folder))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var info = new FileInfo(path);
            if (info.LinkTarget is { } target) entries[relative] = "link " + target;
            else if (info.Attributes.HasFlag(FileAttributes.Directory))
            {
                entries[relative] = "folder";
                Walk(root, path, entries);
            }
            // A pipe or device is compared by its kind: opening a FIFO to hash it would wait for a writer forever.
            else if (PhysicalFileSystem.Instance.Probe(path).Kind is var kind && kind != FileKind.Regular) entries[relative] = "special " + kind;
            else entries[relative] = "file " + Hash(path);
        }
    }

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream));
    }
}
