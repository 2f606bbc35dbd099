using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;

namespace Certfolio.Core.Portfolios;

/// <summary>A file the gate let through: inside the portfolio, regular, and within the size limit when it was checked.</summary>
public sealed class AdmittedFile
{
    internal AdmittedFile(string fullPath, long length, long maxBytes)
    {
        FullPath = fullPath;
        Length = length;
        MaxBytes = maxBytes;
    }

    public string FullPath { get; }
    public long Length { get; }
    internal long MaxBytes { get; }
}

/// <summary>
/// The one door through which Certfolio reads a portfolio's files (documents, <c>certfolio.yaml</c>, the training
/// ledger, the lines a report quotes). A file is read only when, its links followed, it lies inside the portfolio
/// folder, is a regular file (never a pipe, which blocks, nor a device such as <c>/dev/zero</c>, which never ends),
/// and is no larger than the limit. Anything else is a positioned diagnostic and nothing of it is read.
/// </summary>
/// <remarks>
/// The check comes before the open, so a file swapped for a pipe in between is opened: the threat is a hostile
/// portfolio at rest (a cloned repository, an unpacked archive), not a local process racing the loader.
/// </remarks>
public sealed class PortfolioFileGate
{
    private readonly IFileSystem _fileSystem;
    private readonly Lazy<string> _realRoot;

    /// <summary>The portfolio folder as given (absolute, links not resolved).</summary>
    public string RootPath { get; }

    public PortfolioFileGate(string portfolioRoot, IFileSystem? fileSystem = null)
    {
        _fileSystem = fileSystem ?? PhysicalFileSystem.Instance;
        var root = Path.GetFullPath(portfolioRoot);
        RootPath = root;
        _realRoot = new Lazy<string>(() => _fileSystem.RealPath(root));
    }

    /// <summary>A gate sharing a root already resolved once per load (the asset resolver's).</summary>
    public PortfolioFileGate(AssetResolver assets, IFileSystem? fileSystem = null)
    {
        _fileSystem = fileSystem ?? PhysicalFileSystem.Instance;
        RootPath = assets.PortfolioRoot;
        _realRoot = new Lazy<string>(() => assets.RealPortfolioRoot);
    }

    /// <summary>The portfolio folder with its links resolved.</summary>
    public string RealRoot => _realRoot.Value;

    /// <summary>A path with every link resolved (bounded: a loop throws <see cref="IOException"/>).</summary>
    public string RealPathOf(string path) => _fileSystem.RealPath(path);

    /// <summary>Whether <paramref name="realPath"/>, its links followed, is the portfolio folder or below it.</summary>
    public bool IsInsideRoot(string realPath) => realPath == RealRoot || AssetResolver.IsInside(realPath, RealRoot);

    /// <summary>Checks a file of unknown kind (it may be a link) before anything of it is read.</summary>
    public AdmittedFile? Admit(string path, long maxBytes, string relative, DiagnosticBag diagnostics) =>
        Admit(new FileEntry(Path.GetFullPath(path), 0, IsSymbolicLink: true), maxBytes, relative, diagnostics);

    /// <summary>
    /// Checks a listed file before anything of it is read: a refusal is reported at the start of
    /// <paramref name="relative"/> and gives null. The entry must come from listing a folder inside the portfolio that
    /// is not itself reached through a link, or say it is a link (then the whole path is resolved).
    /// </summary>
    public AdmittedFile? Admit(FileEntry entry, long maxBytes, string relative, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.FileStart(relative);
        FileProbe probe;
        try
        {
            if (entry.IsSymbolicLink)
            {
                var real = _fileSystem.RealPath(entry.FullPath);
                if (!IsInsideRoot(real))
                {
                    diagnostics.Add(Descriptors.SymlinkOutside, at, real);
                    return null;
                }
            }
            // A listed entry that is no link and has a length is a regular file: pipes, devices and sockets all list
            // with length 0. Asking only about the others keeps a check of thousands of documents at one system call each.
            probe = !entry.IsSymbolicLink && entry.Length > 0 ? new FileProbe(FileKind.Regular, entry.Length) : _fileSystem.Probe(entry.FullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Resolving the path failed: a loop or a chain longer than any system follows (the kernel says so too),
            // or a folder on the way that cannot be read.
            if (e is LinkChainTooLongException || _fileSystem.Probe(entry.FullPath).Kind == FileKind.LinkLoop)
                diagnostics.Add(Descriptors.UnresolvableLink, at, PhysicalFileSystem.MaxLinksFollowed);
            else
                diagnostics.Add(Descriptors.Unreadable, at, e.Message);
            return null;
        }
        switch (probe.Kind)
        {
            case FileKind.Regular:
                break;
            case FileKind.LinkLoop:
                diagnostics.Add(Descriptors.UnresolvableLink, at, PhysicalFileSystem.MaxLinksFollowed);
                return null;
            case FileKind.Missing or FileKind.Unknown:
                diagnostics.Add(Descriptors.Unreadable, at, probe.Error ?? "no such file");
                return null;
            default:
                diagnostics.Add(Descriptors.NotRegularFile, at, FileProbe.Describe(probe.Kind));
                return null;
        }
        if (probe.Length > maxBytes)
        {
            diagnostics.Add(Descriptors.DocumentTooLarge, at, probe.Length, maxBytes);
            return null;
        }
        return new AdmittedFile(entry.FullPath, probe.Length, maxBytes);
    }

    /// <summary>
    /// Reads an admitted file into <paramref name="buffer"/> (one byte longer than its length): the number of bytes
    /// read, or -1 when the file grew since it was admitted (read it with <see cref="ReadAll"/>).
    /// </summary>
    public int Read(AdmittedFile file, Span<byte> buffer) => _fileSystem.Read(file.FullPath, buffer);

    /// <summary>
    /// Reads an admitted file whole; null, with CF0004 at <paramref name="relative"/>, when it has grown past the
    /// limit since it was admitted.
    /// </summary>
    public byte[]? ReadAll(AdmittedFile file, string relative, DiagnosticBag diagnostics)
    {
        var buffer = new byte[file.Length + 1];
        var read = Read(file, buffer);
        if (read >= 0) return buffer.AsSpan(0, read).ToArray();
        // It grew since it was admitted: once more, never past the limit (a file swapped for an endless one stops there).
        buffer = new byte[file.MaxBytes + 1];
        read = _fileSystem.Read(file.FullPath, buffer);
        if (read >= 0 && read <= file.MaxBytes) return buffer.AsSpan(0, read).ToArray();
        diagnostics.Add(Descriptors.DocumentTooLarge, SourceLocation.FileStart(relative), file.MaxBytes + 1, file.MaxBytes);
        return null;
    }
}
