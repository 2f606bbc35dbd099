namespace Certfolio.Core.Portfolios;

/// <summary>The file access Certfolio needs, behind one seam so tests and the preview server can substitute it.</summary>
public interface IFileSystem
{
    bool FileExists(string path);
    bool DirectoryExists(string path);
    /// <summary>Every file below <paramref name="directory"/>; symbolically linked folders are not entered (they may loop).</summary>
    IEnumerable<string> EnumerateFiles(string directory);
    /// <summary>Every file below <paramref name="directory"/>, in one pass; symbolically linked folders are not entered.</summary>
    IEnumerable<FileEntry> EnumerateFileEntries(string directory);
    byte[] ReadAllBytes(string path);

    /// <summary>
    /// The folders directly inside <paramref name="directory"/> (links to folders included, not entered), without
    /// walking deeper. The default derives them from <see cref="EnumerateFiles"/>, for file systems that hold no links.
    /// </summary>
    IEnumerable<string> EnumerateDirectories(string directory) =>
        EnumerateFiles(directory)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Where(r => r.Contains('/'))
            .Select(r => Path.Combine(directory, r[..r.IndexOf('/')]))
            .Distinct(StringComparer.Ordinal);

    /// <summary>
    /// Reads a file into <paramref name="buffer"/>, which is one byte longer than the length the file was listed with:
    /// the number of bytes read, or -1 when the file fills the buffer (it grew since it was listed; read it whole).
    /// </summary>
    int Read(string path, Span<byte> buffer)
    {
        var bytes = ReadAllBytes(path);
        if (bytes.Length >= buffer.Length) return -1;
        bytes.CopyTo(buffer);
        return bytes.Length;
    }

    long GetLength(string path);

    /// <summary>
    /// What <paramref name="path"/> names once its links are followed, and its length, without opening it. A file
    /// system without pipes or devices (the in-memory ones of tests) needs nothing more than this default.
    /// </summary>
    FileProbe Probe(string path) =>
        DirectoryExists(path) ? new FileProbe(FileKind.Directory, 0)
        : FileExists(path) ? new FileProbe(FileKind.Regular, GetLength(path))
        : new FileProbe(FileKind.Missing, 0);

    /// <summary>The path with every symbolic link resolved, or the path itself when nothing is a link.</summary>
    string RealPath(string path);
}
