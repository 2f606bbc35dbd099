using System.Runtime.InteropServices;

namespace Certfolio.Core.Portfolios;

/// <summary>
/// stat(2) on Unix, which .NET does not expose: <see cref="FileSystemInfo.Attributes"/> calls a pipe, a device and a
/// socket "Normal", and opening one to find out blocks (a pipe) or never ends (<c>/dev/zero</c>).
/// </summary>
/// <remarks>
/// The call goes to the runtime's own native shim (<c>SystemNative_Stat</c>, what <see cref="File"/> itself uses): it
/// exists wherever .NET runs on Unix, is linked into the Native AOT binary (a direct P/Invoke of the framework's
/// System.Native), and fills a layout of its own whose first fields (flags, mode, uid, gid, size) have not changed
/// since .NET Core 1.0, unlike <c>struct stat</c>, which differs by architecture and C library.
/// </remarks>
internal static unsafe partial class UnixFileProbe
{
    // The shim's FileStatus is about 120 bytes today; the buffer leaves room for fields later versions may add.
    private const int StatusBufferBytes = 512;
    private const int ModeOffset = 4;
    private const int SizeOffset = 16;

    // The shim's S_IF* values (pal_io.h), the same as POSIX's.
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int Regular = 0x8000;
    private const int Socket = 0xC000;

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Stat(string path, byte* status);

    /// <summary>The kind and length of what <paramref name="path"/> names, following links (the kernel bounds the chain).</summary>
    public static FileProbe Probe(string path)
    {
        var status = stackalloc byte[StatusBufferBytes];
        if (Stat(path, status) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            var message = Marshal.GetLastPInvokeErrorMessage();
            // ELOOP is 40 on Linux and 62 on the BSDs and macOS; ENOENT and ENOTDIR are 2 and 20 on all of them.
            return error switch
            {
                40 when OperatingSystem.IsLinux() => new FileProbe(FileKind.LinkLoop, 0, message),
                62 when !OperatingSystem.IsLinux() => new FileProbe(FileKind.LinkLoop, 0, message),
                2 or 20 => new FileProbe(FileKind.Missing, 0, message),
                _ => new FileProbe(FileKind.Unknown, 0, message),
            };
        }
        var mode = *(int*)(status + ModeOffset);
        var kind = (mode & TypeMask) switch
        {
            Regular => FileKind.Regular,
            Directory => FileKind.Directory,
            Fifo => FileKind.Fifo,
            CharacterDevice => FileKind.CharacterDevice,
            BlockDevice => FileKind.BlockDevice,
            Socket => FileKind.Socket,
            _ => FileKind.Unknown,
        };
        return new FileProbe(kind, kind == FileKind.Regular ? *(long*)(status + SizeOffset) : 0);
    }
}
