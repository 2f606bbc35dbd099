namespace Certfolio.Core.Portfolios;

/// <summary>A file found by enumerating a folder, with what the enumeration already knows (no extra system calls).</summary>
public sealed record FileEntry(string FullPath, long Length, bool IsSymbolicLink);
