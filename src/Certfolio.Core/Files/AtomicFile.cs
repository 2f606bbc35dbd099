using System.Text;

namespace Certfolio.Core.Files;

/// <summary>
/// The one way Certfolio writes a file the user owns (documents, exports, calendars): the bytes go to a temporary
/// file in the same folder (<c>.NAME.certfolio-tmp-RANDOM</c>), are flushed to the disk, and the temporary file is
/// then renamed over the target. A full disk, a killed process or a failing device therefore leaves either the old
/// file or the new one, never a truncated mix; on failure the temporary file is removed and a
/// <see cref="FileWriteResult"/> says what happened. No exception escapes.
/// </summary>
public sealed class AtomicFile
{
    /// <summary>Marks Certfolio's temporary files, so a person who finds one after a power cut knows whose it is.</summary>
    public const string TemporaryMarker = ".certfolio-tmp-";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Func<string, Stream> _openTemporary;

    /// <summary>Writes through real file streams.</summary>
    public AtomicFile() : this(OpenTemporary)
    {
    }

    /// <summary>
    /// Writes through the stream <paramref name="openTemporary"/> returns for the temporary file's path: the seam a
    /// test uses to fail the writer mid-way. The stream must create the file at that path.
    /// </summary>
    public AtomicFile(Func<string, Stream> openTemporary) => _openTemporary = openTemporary;

    /// <summary>Replaces <paramref name="path"/> (or creates it) with <paramref name="text"/> as UTF-8 without a byte order mark.</summary>
    public FileWriteResult Write(string path, string text) => Write(path, Utf8.GetBytes(text), replace: true);

    /// <summary>Creates <paramref name="path"/> with <paramref name="text"/>; fails, writing nothing, if it already exists.</summary>
    public FileWriteResult Create(string path, string text) => Write(path, Utf8.GetBytes(text), replace: false);

    /// <summary>Writes <paramref name="content"/> to <paramref name="path"/>; with <paramref name="replace"/> false an existing file is never replaced.</summary>
    public FileWriteResult Write(string path, ReadOnlySpan<byte> content, bool replace)
    {
        string? temporary = null;
        var existed = false;
        try
        {
            var target = FollowLink(Path.GetFullPath(path));
            existed = File.Exists(target);
            if (existed && !replace) return FileWriteResult.AlreadyExists(existed: true);
            if (Directory.Exists(target)) return FileWriteResult.Failed("it is a folder", existed: true);

            var folder = Path.GetDirectoryName(target)!;
            Directory.CreateDirectory(folder);
            temporary = Path.Combine(folder, "." + Path.GetFileName(target) + TemporaryMarker + Path.GetRandomFileName().Replace(".", "", StringComparison.Ordinal));
            using (var stream = _openTemporary(temporary))
            {
                stream.Write(content);
                if (stream is FileStream file) file.Flush(flushToDisk: true);
                else stream.Flush();
            }
            // A document kept private (0600) stays private: the new file takes the old one's permissions.
            if (existed && !OperatingSystem.IsWindows()) File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            if (replace)
            {
                File.Move(temporary, target, overwrite: true);
            }
            else
            {
                // Without overwrite the rename fails if the name was taken meanwhile: the newcomer is never replaced.
                try
                {
                    File.Move(temporary, target, overwrite: false);
                }
                catch (IOException) when (File.Exists(target))
                {
                    Remove(temporary);
                    return FileWriteResult.AlreadyExists(existed: true);
                }
            }
            temporary = null;
            return FileWriteResult.Written(existed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            if (temporary is not null) Remove(temporary);
            return FileWriteResult.Failed(e.Message, existed);
        }
    }

    private static Stream OpenTemporary(string path) =>
        new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 4096, FileOptions.None);

    /// <summary>A link to a file is kept a link: the file it points to is the one replaced.</summary>
    private static string FollowLink(string path)
    {
        var info = new FileInfo(path);
        return info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target ? target.FullName : path;
    }

    private static void Remove(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done; the name says whose file it is.
        }
    }
}
