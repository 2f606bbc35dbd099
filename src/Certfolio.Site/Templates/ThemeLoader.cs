using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;
using Fluid;

namespace Certfolio.Site.Templates;

/// <summary>
/// Loads the embedded default theme, overlaid file by file with a portfolio's <c>theme/</c> folder
/// (<c>theme/templates/*.liquid</c> and <c>theme/assets/**</c>), and parses every template once.
/// </summary>
public static partial class ThemeLoader
{
    private const string ResourcePrefix = "theme/";
    private const string TemplateFolder = "templates/";
    private const string AssetFolder = "assets/";
    private static readonly FluidParser Parser = new();

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex ErrorPosition();

    /// <summary>The signature of a theme folder: changes whenever a file is added, removed or modified.</summary>
    public static string Signature(string? themeDirectory)
    {
        if (themeDirectory is null || !Directory.Exists(themeDirectory)) return "default";
        var builder = new StringBuilder("theme");
        foreach (var file in ThemeFiles(themeDirectory).Select(e => e.FullPath))
        {
            var info = new FileInfo(file);
            builder.Append('|').Append(Path.GetRelativePath(themeDirectory, file)).Append(':').Append(info.Length)
                .Append(':').Append(info.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    public static Theme Load(string? themeDirectory)
    {
        var sources = new Dictionary<string, (string Text, string Origin)>(StringComparer.Ordinal);
        var assets = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var assembly = typeof(ThemeLoader).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var relative = name[ResourcePrefix.Length..];
            var bytes = ReadResource(assembly, name);
            Add(relative, bytes, $"(default theme)/{relative}", sources, assets);
        }
        var signature = Signature(themeDirectory);
        var diagnostics = new List<Diagnostic>();
        if (themeDirectory is not null && Directory.Exists(themeDirectory))
        {
            // The theme's assets are published as they are, so a link in the theme is read only when its target lies
            // inside the portfolio (the folder holding theme/): theme/assets/x.png linked to ~/.ssh/id_rsa is refused.
            var realPortfolio = PhysicalFileSystem.Instance.RealPath(Path.GetDirectoryName(Path.GetFullPath(themeDirectory))!);
            foreach (var entry in ThemeFiles(themeDirectory))
            {
                var relative = Path.GetRelativePath(themeDirectory, entry.FullPath).Replace('\\', '/');
                if (entry.IsSymbolicLink && !AssetResolver.IsInside(PhysicalFileSystem.Instance.RealPath(entry.FullPath), realPortfolio))
                {
                    diagnostics.Add(Diagnostic.Create(Descriptors.AssetNotPublishable, SourceLocation.FileStart("theme/" + relative),
                        "theme file", "theme/" + relative, "it is a symbolic link to a file outside the portfolio"));
                    continue;
                }
                var probe = PhysicalFileSystem.Instance.Probe(entry.FullPath);
                if (probe.Kind == FileKind.Directory) continue;
                if (probe.Kind != FileKind.Regular)
                {
                    // A pipe would hang the build and a device would never end it.
                    diagnostics.Add(Diagnostic.Create(Descriptors.AssetNotPublishable, SourceLocation.FileStart("theme/" + relative),
                        "theme file", "theme/" + relative, $"it is {FileProbe.Describe(probe.Kind)}, not a regular file"));
                    continue;
                }
                Add(relative, File.ReadAllBytes(entry.FullPath), "theme/" + relative, sources, assets);
            }
        }

        var options = TemplateSetup.CreateOptions(new ThemeFileProvider(sources.ToDictionary(s => s.Key, s => s.Value.Text, StringComparer.Ordinal)));
        var templates = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        foreach (var (name, (text, origin)) in sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (Parser.TryParse(text, out var template, out var error))
            {
                templates[Path.GetFileNameWithoutExtension(name)] = template;
                continue;
            }
            var match = ErrorPosition().Match(error ?? string.Empty);
            var position = match.Success
                ? new SourceLocation(origin, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
                : SourceLocation.FileStart(origin);
            diagnostics.Add(Diagnostic.Create(SiteDescriptors.TemplateSyntax, position, error));
        }
        return new Theme(signature, options, templates, assets, diagnostics);
    }

    private static void Add(string relative, byte[] bytes, string origin, Dictionary<string, (string, string)> sources, SortedDictionary<string, byte[]> assets)
    {
        if (relative.StartsWith(TemplateFolder, StringComparison.Ordinal) && relative.EndsWith(".liquid", StringComparison.Ordinal))
            sources[relative[TemplateFolder.Length..]] = (Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), origin);
        else if (relative.StartsWith(AssetFolder, StringComparison.Ordinal))
            assets[relative[AssetFolder.Length..]] = bytes;
    }

    /// <summary>
    /// The theme folder's files in path order: hidden names (<c>.env</c>, <c>.git/</c>, <c>.DS_Store</c>) are never read
    /// nor published, and linked folders are not entered (one linked to / would walk the disk).
    /// </summary>
    private static IEnumerable<FileEntry> ThemeFiles(string themeDirectory)
    {
        var folder = Path.GetFullPath(themeDirectory);
        return PhysicalFileSystem.Instance.EnumerateFileEntries(folder)
            .Where(e => !Path.GetRelativePath(folder, e.FullPath).Split('/', '\\').Any(segment => segment.StartsWith('.')))
            .OrderBy(e => e.FullPath, StringComparer.Ordinal);
    }

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
