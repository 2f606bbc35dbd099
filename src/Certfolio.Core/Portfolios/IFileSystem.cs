namespace Certfolio.Core.Portfolios;

/// <summary>The file access Certfolio needs, behind one seam so tests and the preview server can substitute it.</summary>
public interface IFileSystem
{
    bool FileExists(string path);
    bool DirectoryExists(string path);
    IEnumerable<string> EnumerateFiles(string directory);
    /// <summary>Every file below <paramref name="directory"/>, in one pass; symbolically linked folders are not entered.</summary>
    IEnumerable<FileEntry> EnumerateFileEntries(string directory);
    byte[] ReadAllBytes(string path);
    long GetLength(string path);
    /// <summary>The path with every symbolic link resolved, or the path itself when nothing is a link.</summary>
    string RealPath(string path);
}
