using Certfolio.Core.Portfolios;

namespace Certfolio.Site.Publishing;

/// <summary>
/// Where a build may put its site. A build replaces its output folder whole, so the output must be a folder of its
/// own: not empty text, not the file system's root, not the portfolio or a folder holding it, and not inside the
/// folders the site is built from. Checked before anything is created, locked or deleted.
/// </summary>
public static class OutputPlacement
{
    /// <summary>Why <paramref name="requested"/> (the <c>-o</c> value) cannot hold the site of <paramref name="layout"/>, or null when it can.</summary>
    public static string? Refusal(string requested, PortfolioLayout layout)
    {
        if (string.IsNullOrWhiteSpace(requested)) return "-o names no folder; give the folder the site should go to, such as -o _site";
        string resolved;
        try
        {
            var full = Path.GetFullPath(requested);
            // A link is followed (the site goes into its folder); one that leads nowhere would make a folder wherever it points.
            var link = new FileInfo(full);
            if (link.LinkTarget is { } text && (link.ResolveLinkTarget(returnFinalTarget: true) is not { } final || !Path.Exists(final.FullName)))
                return $"-o '{requested}' is a symbolic link to '{text}', which does not exist; create that folder or choose another";
            resolved = ResolvedPath.Of(full);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException or IOException)
        {
            return $"-o '{requested}' is not a usable path ({e.Message})";
        }

        if (Path.GetDirectoryName(resolved) is null) return $"-o '{requested}' is the root of the file system; the site needs a folder of its own";
        var root = ResolvedPath.Of(layout.Root);
        if (resolved == root) return $"-o '{requested}' is the portfolio folder itself; a build replaces its output whole, so give it a folder of its own, such as -o _site";
        if (ResolvedPath.IsSameOrInside(root, resolved)) return $"-o '{requested}' holds the portfolio; a build replaces its output whole, so give it a folder of its own, such as -o _site";

        foreach (var (folder, role) in SourceFolders(layout))
        {
            var source = ResolvedPath.Of(folder);
            if (resolved == source) return $"-o '{requested}' is the {role} ({Path.GetRelativePath(layout.Root, folder)}); the site must go elsewhere";
            if (ResolvedPath.IsSameOrInside(resolved, source)) return $"-o '{requested}' is inside the {role} ({Path.GetRelativePath(layout.Root, folder)}); the site must go elsewhere";
            if (ResolvedPath.IsSameOrInside(source, resolved)) return $"-o '{requested}' holds the {role} ({Path.GetRelativePath(layout.Root, folder)}); the site must go elsewhere";
        }
        return null;
    }

    /// <summary>The folders a build reads from, when they exist.</summary>
    private static IEnumerable<(string Folder, string Role)> SourceFolders(PortfolioLayout layout)
    {
        if (layout.ContentDirectory is { } content && Directory.Exists(content)) yield return (content, "content folder");
        if (Directory.Exists(layout.AssetsDirectory)) yield return (layout.AssetsDirectory, "assets folder");
        if (Directory.Exists(layout.ThemeDirectory)) yield return (layout.ThemeDirectory, "theme folder");
        if (Directory.Exists(layout.TrainingDirectory)) yield return (layout.TrainingDirectory, "training folder");
    }
}
