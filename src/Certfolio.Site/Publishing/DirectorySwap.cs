using System.Runtime.InteropServices;

namespace Certfolio.Site.Publishing;

/// <summary>How <see cref="DirectorySwap.Replace"/> put the new folder in place.</summary>
public enum SwapMethod
{
    /// <summary>One atomic exchange (Linux <c>renameat2</c> with <c>RENAME_EXCHANGE</c>): the path always held a whole folder.</summary>
    Exchanged,

    /// <summary>Two renames (old → backup, new → target): for a moment the path held nothing.</summary>
    Renamed,
}

/// <summary>
/// Replaces a folder by another in the same parent, leaving the old one at a backup path. On Linux the two are
/// exchanged in one system call, so a reader (a web server, a kill -9 of the build) never sees the path missing;
/// elsewhere, or on a file system that cannot exchange, it falls back to two renames.
/// </summary>
public sealed partial class DirectorySwap
{
    private const int AtCurrentDirectory = -100; // AT_FDCWD
    private const uint RenameExchange = 2; // RENAME_EXCHANGE
    private const int ENOSYS = 38, EINVAL = 22, EPERM = 1, EOPNOTSUPP = 95;

    private readonly bool _exchange;

    /// <param name="exchange">False forces the two-rename fallback (tests of the path other systems take).</param>
    public DirectorySwap(bool exchange = true) => _exchange = exchange;

    /// <summary>
    /// Puts <paramref name="replacement"/> at <paramref name="target"/> and the old <paramref name="target"/> at
    /// <paramref name="backup"/> (which must not exist). The caller removes the backup.
    /// </summary>
    public SwapMethod Replace(string replacement, string target, string backup)
    {
        if (_exchange && TryExchange(replacement, target))
        {
            // The old site now sits at the replacement's path; it is still marked as ours if a kill stops us here.
            Directory.Move(replacement, backup);
            return SwapMethod.Exchanged;
        }
        Directory.Move(target, backup);
        Directory.Move(replacement, target);
        return SwapMethod.Renamed;
    }

    /// <summary>True when the two paths were exchanged; false when this system or file system cannot do it.</summary>
    private static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux()) return false;
        int result;
        try
        {
            result = RenameAt2(AtCurrentDirectory, first, AtCurrentDirectory, second, RenameExchange);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // a C library older than glibc 2.28, or one without the wrapper
        }
        if (result == 0) return true;
        var errno = Marshal.GetLastPInvokeError();
        // Unsupported by the kernel (ENOSYS), the file system (EINVAL, EOPNOTSUPP) or a seccomp filter (EPERM): rename instead.
        if (errno is ENOSYS or EINVAL or EOPNOTSUPP or EPERM) return false;
        throw new IOException($"cannot swap '{first}' into '{second}': {Marshal.GetPInvokeErrorMessage(errno)}");
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
