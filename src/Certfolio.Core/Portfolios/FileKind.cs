namespace Certfolio.Core.Portfolios;

/// <summary>What a path names once its links are followed: only a regular file is ever opened.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    /// <summary>A named pipe: opening one for reading waits for a writer, forever.</summary>
    Fifo,
    /// <summary>A character device such as <c>/dev/zero</c>: reading one never ends.</summary>
    CharacterDevice,
    BlockDevice,
    Socket,
    /// <summary>A link that loops or passes through too many links to resolve.</summary>
    LinkLoop,
    /// <summary>The system refused to say (permissions, I/O error).</summary>
    Unknown,
}

/// <summary>A path's kind and, for a regular file, its length, asked without opening it.</summary>
public readonly record struct FileProbe(FileKind Kind, long Length, string? Error = null)
{
    /// <summary>How a diagnostic names the kind ("a named pipe (FIFO)").</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a folder",
        FileKind.Fifo => "a named pipe (FIFO)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.LinkLoop => "a symbolic link that cannot be resolved",
        FileKind.Missing => "missing",
        _ => "of an unknown kind",
    };
}
