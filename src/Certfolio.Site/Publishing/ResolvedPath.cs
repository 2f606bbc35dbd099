namespace Certfolio.Site.Publishing;

/// <summary>
/// A path with every symbolic link along it followed (what <c>realpath</c> gives, also for a path whose last
/// parts do not exist yet), so two spellings of one folder compare equal: an output folder reached through a link
/// must still be recognised as the portfolio or its content folder.
/// </summary>
public static class ResolvedPath
{
    /// <summary>More links than this on one path is a loop (Linux stops at 40 too).</summary>
    private const int MaxLinks = 40;

    /// <summary>The absolute path with links followed; the path as given (made absolute) when the links loop.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var resolved = root;
        var pending = new Stack<string>(Segments(full[root.Length..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var segment))
        {
            if (segment == ".") continue;
            if (segment == "..")
            {
                resolved = Path.GetDirectoryName(resolved) ?? resolved;
                continue;
            }
            var next = Path.Join(resolved, segment);
            var target = LinkTarget(next);
            if (target is null)
            {
                resolved = next;
                continue;
            }
            if (++links > MaxLinks) return Path.TrimEndingDirectorySeparator(full);
            // The link's own text replaces this segment; a relative one is read from the folder holding the link.
            if (Path.IsPathRooted(target)) resolved = Path.GetPathRoot(target)!;
            foreach (var part in Segments(Path.IsPathRooted(target) ? target[Path.GetPathRoot(target)!.Length..] : target).Reverse()) pending.Push(part);
        }
        return Path.TrimEndingDirectorySeparator(resolved);
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it (both resolved).</summary>
    public static bool IsSameOrInside(string path, string folder) =>
        path == folder || path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Segments(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
