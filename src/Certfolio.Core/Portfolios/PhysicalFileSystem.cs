using System.IO.Enumeration;

namespace Certfolio.Core.Portfolios;

public sealed class PhysicalFileSystem : IFileSystem
{
    public static PhysicalFileSystem Instance { get; } = new();

    public bool FileExists(string path) => File.Exists(path);

    public bool DirectoryExists(string path) => Directory.Exists(path);

    // Directory.EnumerateFiles recurses into linked folders: two links to a parent folder make 2^40 paths before the
    // kernel's link limit ends them. Linked folders are not entered, as by EnumerateFileEntries.
    public IEnumerable<string> EnumerateFiles(string directory) => EnumerateFileEntries(directory).Select(e => e.FullPath);

    public IEnumerable<FileEntry> EnumerateFileEntries(string directory)
    {
        // System calls are the expensive part of checking a big portfolio: the enumeration already
        // knows each file's length and whether it is a link, so nothing is asked twice.
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 };
        return new FileSystemEnumerable<FileEntry>(directory,
            (ref FileSystemEntry entry) => new FileEntry(entry.ToFullPath(), entry.Length, (entry.Attributes & FileAttributes.ReparsePoint) != 0),
            options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };
    }

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);

    public IEnumerable<string> EnumerateDirectories(string directory) =>
        Directory.EnumerateDirectories(directory, "*", new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = 0 });

    public int Read(string path, Span<byte> buffer)
    {
        using var handle = File.OpenHandle(path);
        var listedLength = buffer.Length - 1;
        var total = 0;
        while (total < buffer.Length)
        {
            var read = RandomAccess.Read(handle, buffer[total..], total);
            if (read == 0) return total;
            total += read;
            // The listed length reached in one read is the whole file, without a second read to see its end; less is
            // a short read (some network file systems) and more a file that grew since it was listed.
            if (total == listedLength) return total;
        }
        return -1;
    }

    public long GetLength(string path) => new FileInfo(path).Length;

    public FileProbe Probe(string path)
    {
        if (!OperatingSystem.IsWindows()) return UnixFileProbe.Probe(path);
        // Windows keeps pipes and devices out of the file system's folders; a file there is a file.
        var file = new FileInfo(path);
        if (file.Exists) return (file.Attributes & FileAttributes.Device) != 0 ? new FileProbe(FileKind.CharacterDevice, 0) : new FileProbe(FileKind.Regular, file.Length);
        return Directory.Exists(path) ? new FileProbe(FileKind.Directory, 0) : new FileProbe(FileKind.Missing, 0);
    }

    /// <summary>How many links one path may pass through, as Linux allows (MAXSYMLINKS); a loop fails at the bound.</summary>
    public const int MaxLinksFollowed = 40;

    public string RealPath(string path)
    {
        var followed = 0;
        return RealPath(path, ref followed);
    }

    private static string RealPath(string path, ref int followed)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
            {
                if (++followed > MaxLinksFollowed) throw new LinkChainTooLongException(path, MaxLinksFollowed);
                next = RealPath(target.FullName, ref followed);
            }
            current = next;
        }
        return current;
    }
}
