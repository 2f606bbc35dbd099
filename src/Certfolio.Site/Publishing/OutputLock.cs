using System.Diagnostics;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Certfolio.Site.Publishing;

/// <summary>
/// The exclusive right to write one output folder, held as an open lock file beside it (<c>.NAME.certfolio-lock</c>).
/// On Unix it is an exclusive <c>flock</c> taken explicitly (the CLI turns off .NET's own locking on every open, see
/// <c>System.IO.DisableFileLocking</c> in Certfolio.Cli.csproj); on Windows the file is opened without sharing. Either
/// way the operating system releases it when the process ends, however it ends, so a killed build never leaves a
/// lock behind. The empty file itself stays: deleting it would let a waiting build lock a file no longer at the path.
/// </summary>
public sealed partial class OutputLock : IDisposable
{
    /// <summary>How often a waiting build tries again.</summary>
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(50);

    private const int LockExclusive = 2, LockNonBlocking = 4; // LOCK_EX, LOCK_NB
    private const int EWOULDBLOCK = 11, EWOULDBLOCKBsd = 35, EINTR = 4;

    private readonly FileStream _stream;

    private OutputLock(FileStream stream) => _stream = stream;

    /// <summary>The lock file's path.</summary>
    public string Path => _stream.Name;

    /// <summary>
    /// Takes the lock at <paramref name="path"/>, waiting up to <paramref name="wait"/> while another build holds it;
    /// null when it is still held then. I/O failures other than the lock being held (a read-only folder) are thrown.
    /// </summary>
    public static OutputLock? TryAcquire(string path, TimeSpan wait)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            if (TryOpen(path) is { } stream) return new OutputLock(stream);
            var left = wait - Stopwatch.GetElapsedTime(started);
            if (left <= TimeSpan.Zero) return null;
            Thread.Sleep(left < Retry ? left : Retry);
        }
    }

    private static FileStream? TryOpen(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
        }
        catch (IOException e) when (IsHeldByAnother(e))
        {
            return null; // .NET's own flock (when not turned off) or Windows sharing said no
        }
        if (OperatingSystem.IsWindows() || TryLock(stream, path)) return stream;
        stream.Dispose();
        return null;
    }

    private static bool TryLock(FileStream stream, string path)
    {
        try
        {
            return TryLockExclusive(stream.SafeFileHandle, path);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException && !OperatingSystem.IsMacOS())
        {
            // No flock to call: a POSIX record lock still keeps other processes out (not other threads of this one).
            try
            {
                stream.Lock(0, 1);
                return true;
            }
            catch (IOException)
            {
                return false;
            }
        }
    }

    private static bool TryLockExclusive(SafeFileHandle handle, string path)
    {
        while (true)
        {
            if (Flock(handle, LockExclusive | LockNonBlocking) == 0) return true;
            var errno = Marshal.GetLastPInvokeError();
            if (errno == EINTR) continue;
            if (errno is EWOULDBLOCK or EWOULDBLOCKBsd) return false;
            throw new IOException($"cannot lock '{path}': {Marshal.GetPInvokeErrorMessage(errno)}");
        }
    }

    // A held lock comes back as EWOULDBLOCK (11 on Linux, 35 on macOS); a sharing clash on Windows as
    // ERROR_SHARING_VIOLATION (32) or ERROR_LOCK_VIOLATION (33) inside an HRESULT.
    private static bool IsHeldByAnother(IOException e) =>
        OperatingSystem.IsWindows() ? (e.HResult & 0xFFFF) is 32 or 33 : e.HResult is EWOULDBLOCK or EWOULDBLOCKBsd;

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int Flock(SafeFileHandle handle, int operation);

    public void Dispose() => _stream.Dispose();
}
