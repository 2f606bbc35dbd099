using System.Collections.Concurrent;

namespace Certfolio.Site.Publishing;

/// <summary>Writes each file straight to disk as it is rendered, so a build never holds the whole site in memory.</summary>
public sealed class DiskSiteWriter : ISiteWriter
{
    private readonly string _root;
    // Creating a folder costs a system call even when it exists; most pages share their parents.
    private readonly ConcurrentDictionary<string, byte> _createdDirectories = new(StringComparer.Ordinal);

    public DiskSiteWriter(string root)
    {
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(_root);
    }

    public string Root => _root;

    public void Write(string sitePath, ReadOnlySpan<byte> content)
    {
        var target = Prepare(sitePath);
        using var stream = new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.None);
        stream.Write(content);
    }

    public void Copy(string sitePath, string sourceFile) => File.Copy(sourceFile, Prepare(sitePath), overwrite: true);

    public void Delete(string sitePath)
    {
        var target = Path.Combine(_root, SitePaths.Validate(sitePath));
        if (File.Exists(target)) File.Delete(target);
    }

    private string Prepare(string sitePath)
    {
        var target = Path.Combine(_root, SitePaths.Validate(sitePath));
        var directory = Path.GetDirectoryName(target)!;
        // Recorded only after it exists, so a second thread never writes into a folder still being created.
        if (!_createdDirectories.ContainsKey(directory))
        {
            Directory.CreateDirectory(directory);
            _createdDirectories.TryAdd(directory, 0);
        }
        return target;
    }
}
