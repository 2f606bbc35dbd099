using Certfolio.Core.Portfolios;

namespace Certfolio.Interop.Exporting;

/// <summary>
/// The one rule for where <c>calendar -o</c> and <c>export -o</c> may write. Never into what the portfolio is
/// made of: the content, training and theme folders, <c>certfolio.yaml</c> (and the Hugo configuration discovery
/// reads), or any Markdown file; paths are compared after following symbolic links, so a link cannot lead there
/// either. An existing file is replaced only if Certfolio wrote it (<see cref="CertfolioOutputs"/>) or under
/// <c>--force</c>. Each check returns the refusal to print, or null when the path may be written.
/// </summary>
public static class OutputGuard
{
    /// <summary>Existing files larger than this are not read to see whose they are: no export is that large.</summary>
    public const long MaxRecognisedBytes = 16L * 1024 * 1024;

    private static readonly string[] ConfigurationFiles = [ConfigReader.FileName, "hugo.toml", "hugo.yaml", "config.toml"];

    /// <summary>
    /// Whether the file <paramref name="output"/> (as the user wrote it) may be written. <paramref name="wroteByCertfolio"/>
    /// recognises an earlier output of the same kind from its text; <paramref name="force"/> allows replacing any
    /// other file, but never one of the portfolio's sources.
    /// </summary>
    public static string? CheckFile(string output, PortfolioLayout layout, bool force, Func<string, bool> wroteByCertfolio)
    {
        var real = RealPath(output);
        if (real is null) return $"cannot write {output}: it is not a usable path";
        if (SourceReason(real, layout) is { } reason) return $"refusing to write {output}: {reason}";
        if (Directory.Exists(real)) return $"refusing to write {output}: it is a folder";
        if (force || !File.Exists(real)) return null;
        return IsCertfolios(real, wroteByCertfolio)
            ? null
            : $"refusing to replace {output}: the file was not written by Certfolio; --force replaces it";
    }

    /// <summary>Whether files may be written into the folder <paramref name="output"/> (one per credential); each file is then checked with <see cref="CheckFile"/>.</summary>
    public static string? CheckFolder(string output, PortfolioLayout layout)
    {
        var real = RealPath(output);
        if (real is null) return $"cannot write into {output}: it is not a usable path";
        if (SourceReason(real, layout) is { } reason) return $"refusing to write into {output}: {reason}";
        return File.Exists(real) ? $"refusing to write into {output}: it is a file, not a folder" : null;
    }

    private static string? SourceReason(string real, PortfolioLayout layout)
    {
        foreach (var (folder, name) in new[] { (layout.ContentDirectory, "content"), (layout.TrainingDirectory, "training"), (layout.ThemeDirectory, "theme") })
        {
            if (folder is null) continue;
            var realFolder = RealPath(folder);
            if (realFolder is not null && (real == realFolder || AssetResolver.IsInside(real, realFolder)))
                return $"it is inside the portfolio's {name} folder ({Path.GetRelativePath(layout.Root, folder).Replace('\\', '/')})";
        }
        var extension = Path.GetExtension(real);
        if (PortfolioLoader.DocumentExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase))
            return "it is a Markdown file, the kind of file a portfolio is written in";
        foreach (var file in ConfigurationFiles)
        {
            if (RealPath(Path.Combine(layout.Root, file)) == real) return $"it is the portfolio's configuration ({file})";
        }
        return null;
    }

    private static bool IsCertfolios(string real, Func<string, bool> wroteByCertfolio)
    {
        try
        {
            var info = new FileInfo(real);
            if (info.Length > MaxRecognisedBytes) return false;
            // Pipes and devices report no length and opening one may wait forever or never end: an empty file
            // is judged by its (empty) text without being opened.
            return wroteByCertfolio(info.Length == 0 ? "" : File.ReadAllText(real));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file that cannot be read cannot be recognised; it is someone else's until --force says otherwise.
            return false;
        }
    }

    private static string? RealPath(string path)
    {
        try
        {
            return PhysicalFileSystem.Instance.RealPath(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }
}
