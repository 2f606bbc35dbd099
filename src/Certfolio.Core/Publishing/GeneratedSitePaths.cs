namespace Certfolio.Core.Publishing;

/// <summary>
/// The paths the site build writes itself. A portfolio file copied onto one would replace it: a <c>site.js</c> from
/// the portfolio would then run on every page as 'self', past the content security policy. No copy may land on
/// one of these, nor inside one (a file named like a folder the build needs).
/// </summary>
public sealed class GeneratedSitePaths
{
    /// <summary>The site-wide files every build writes (the Site project's tests keep this list whole).</summary>
    public static readonly IReadOnlyList<string> SiteFiles = ["index.html", "404.html", "search.json", "feed.xml", "robots.txt", "calendar.ics", "sitemap.xml"];

    /// <summary>The default theme's files under <c>assets/</c>.</summary>
    public static readonly IReadOnlyList<string> DefaultThemeAssets = ["site.css", "site.js", "search.js", "favicon.svg"];

    private const string PageFile = "index.html";

    // Compared ignoring case: on a case-insensitive disk (macOS, Windows) 'assets/Site.js' replaces 'assets/site.js'.
    private readonly HashSet<string> _files = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="themeAssets">The theme's asset names, relative to its <c>assets/</c> folder (<c>site.js</c>).</param>
    public GeneratedSitePaths(IEnumerable<string> themeAssets)
    {
        _files.UnionWith(SiteFiles);
        foreach (var name in DefaultThemeAssets.Concat(themeAssets)) _files.Add("assets/" + name.Replace('\\', '/'));
    }

    /// <summary>The generated paths of a portfolio as <c>check</c> sees them: the default theme's assets and those of its <c>theme/assets/</c> folder.</summary>
    public static GeneratedSitePaths For(string themeDirectory, Portfolios.IFileSystem fileSystem)
    {
        var folder = Path.Combine(themeDirectory, "assets");
        var names = fileSystem.DirectoryExists(folder)
            ? fileSystem.EnumerateFileEntries(folder).Select(e => Path.GetRelativePath(folder, e.FullPath).Replace('\\', '/')).ToArray()
            : [];
        return new GeneratedSitePaths(names);
    }

    /// <summary>The generated path a copy to <paramref name="sitePath"/> would replace or block, or null when it takes none.</summary>
    public string? Taken(string sitePath)
    {
        var path = sitePath.Replace('\\', '/');
        if (_files.Contains(path)) return _files.TryGetValue(path, out var actual) ? actual : path;
        // Every page is a folder's index.html: credentials, skills, providers and any list page to come.
        var name = path[(path.LastIndexOf('/') + 1)..];
        if (name.Equals(PageFile, StringComparison.OrdinalIgnoreCase)) return path;
        // A copy under a generated file's path would need a folder where the build writes that file.
        for (var slash = path.IndexOf('/'); slash > 0; slash = path.IndexOf('/', slash + 1))
        {
            if (_files.TryGetValue(path[..slash], out var file)) return file;
        }
        return null;
    }
}
