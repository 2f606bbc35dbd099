using System.Security.Cryptography;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;
using Certfolio.Site.Languages;
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
    private const string LanguageFolder = LanguageFiles.Folder;
    private static readonly FluidParser Parser = new();

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex ErrorPosition();

    /// <summary>The signature of a theme folder: changes whenever a file is added, removed or modified.</summary>
    /// <remarks>A hash of each file's bytes rather than its time: the portfolio's file system may be in memory, and a
    /// theme folder is a few small files read again only when a build asks.</remarks>
    public static string Signature(string? themeDirectory, IFileSystem? fileSystem = null)
    {
        var files = fileSystem ?? PhysicalFileSystem.Instance;
        if (themeDirectory is null || !files.DirectoryExists(themeDirectory)) return "default";
        var builder = new StringBuilder("theme");
        // Read through the same gate as Load: a link out of the portfolio, a pipe or an oversized file is never read.
        var gate = new PortfolioFileGate(Path.GetDirectoryName(Path.GetFullPath(themeDirectory))!, files);
        var ignored = new DiagnosticBag();
        foreach (var entry in ThemeFiles(themeDirectory, files))
        {
            var bytes = gate.Admit(entry, DocumentLimits.Default.MaxDocumentBytes, entry.FullPath, ignored) is { } admitted ? gate.ReadAll(admitted, entry.FullPath, ignored) : null;
            var hash = bytes is null ? "-" : Convert.ToHexString(SHA256.HashData(bytes));
            builder.Append('|').Append(Path.GetRelativePath(themeDirectory, entry.FullPath)).Append(':').Append(entry.Length.ToString(CultureInfo.InvariantCulture))
                .Append(':').Append(hash);
        }
        return builder.ToString();
    }

    /// <param name="themeDirectory">The portfolio's <c>theme/</c> folder, or null for the default theme alone.</param>
    /// <param name="fileSystem">Where the portfolio is (the disk unless given).</param>
    public static Theme Load(string? themeDirectory, IFileSystem? fileSystem = null)
    {
        var files = fileSystem ?? PhysicalFileSystem.Instance;
        var sources = new Dictionary<string, (string Text, string Origin)>(StringComparer.Ordinal);
        var assets = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var languages = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var refusals = new DiagnosticBag();
        var assembly = typeof(ThemeLoader).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var relative = name[ResourcePrefix.Length..];
            var bytes = ReadResource(assembly, name);
            Add(relative, bytes, $"(default theme)/{relative}", sources, assets, languages, refusals);
        }
        var signature = Signature(themeDirectory, files);
        if (themeDirectory is not null && files.DirectoryExists(themeDirectory))
        {
            // A theme file is a portfolio file: read through the gate (inside the portfolio once links are followed,
            // regular, within the limit), so a link to a secret is never published and a pipe never blocks the build.
            var gate = new PortfolioFileGate(Path.GetDirectoryName(Path.GetFullPath(themeDirectory))!, files);
            if (!PortfolioLoader.IsInside(gate, Path.GetFullPath(themeDirectory), out var real))
                refusals.Add(Descriptors.FolderOutside, SourceLocation.FileStart("theme"), "theme", "theme", real);
            else
            {
                foreach (var entry in ThemeFiles(themeDirectory, files))
                {
                    var relative = Path.GetRelativePath(themeDirectory, entry.FullPath).Replace('\\', '/');
                    var origin = "theme/" + relative;
                    if (gate.Admit(entry, DocumentLimits.Default.MaxDocumentBytes, origin, refusals) is { } admitted
                        && gate.ReadAll(admitted, origin, refusals) is { } bytes)
                        Add(relative, bytes, origin, sources, assets, languages, refusals);
                }
            }
        }

        var options = TemplateSetup.CreateOptions(new ThemeFileProvider(sources.ToDictionary(s => s.Key, s => s.Value.Text, StringComparer.Ordinal)));
        var templates = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>(refusals.Items);
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
        return new Theme(signature, options, templates, assets, Frozen(languages), diagnostics);
    }

    /// <summary>The default theme's language files alone (English, German), by language name.</summary>
    internal static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> DefaultLanguages()
    {
        var languages = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var assembly = typeof(ThemeLoader).Assembly;
        var prefix = ResourcePrefix + LanguageFolder;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
            AddLanguage(name[ResourcePrefix.Length..], ReadResource(assembly, name), name, languages, new DiagnosticBag());
        return Frozen(languages);
    }

    private static void Add(string relative, byte[] bytes, string origin, Dictionary<string, (string, string)> sources, SortedDictionary<string, byte[]> assets,
        Dictionary<string, Dictionary<string, string>> languages, DiagnosticBag diagnostics)
    {
        if (relative.StartsWith(TemplateFolder, StringComparison.Ordinal) && relative.EndsWith(".liquid", StringComparison.Ordinal))
            sources[relative[TemplateFolder.Length..]] = (Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'), origin);
        else if (relative.StartsWith(AssetFolder, StringComparison.Ordinal))
            assets[relative[AssetFolder.Length..]] = bytes;
        else if (relative.StartsWith(LanguageFolder, StringComparison.Ordinal))
            AddLanguage(relative, bytes, origin, languages, diagnostics);
    }

    /// <summary>
    /// A language file (<c>languages/de.json</c>) laid over the one of the same name read before (the default theme's),
    /// key by key: a portfolio's theme may change a few words, or add a language.
    /// </summary>
    private static void AddLanguage(string relative, byte[] bytes, string origin, Dictionary<string, Dictionary<string, string>> languages, DiagnosticBag diagnostics)
    {
        var file = relative[LanguageFolder.Length..];
        if (file.Contains('/') || !file.EndsWith(LanguageFiles.Extension, StringComparison.Ordinal)) return;
        var name = file[..^LanguageFiles.Extension.Length];
        var text = LanguageFiles.Parse(bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes, out var error);
        if (text is null)
        {
            diagnostics.Add(SiteDescriptors.LanguageFileInvalid, SourceLocation.FileStart(origin), error);
            return;
        }
        if (!languages.TryGetValue(name, out var strings)) languages[name] = strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in text.Keys)
        {
            // A form given here replaces every form of the key below it (see LanguageFiles.Resolve).
            Strings.IsPluralForm(key, out var baseKey);
            strings.Remove(baseKey);
            strings.Remove(baseKey + ".one");
            strings.Remove(baseKey + ".other");
        }
        foreach (var (key, value) in text) strings[key] = value;
    }

    private static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Frozen(Dictionary<string, Dictionary<string, string>> languages) =>
        languages.ToDictionary(l => l.Key, l => (IReadOnlyDictionary<string, string>)l.Value, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The theme folder's files in path order: hidden names (<c>.env</c>, <c>.git/</c>, <c>.DS_Store</c>) are never read
    /// nor published, and linked folders are not entered (one linked to / would walk the disk).
    /// </summary>
    private static IEnumerable<FileEntry> ThemeFiles(string themeDirectory, IFileSystem files)
    {
        var folder = Path.GetFullPath(themeDirectory);
        return files.EnumerateFileEntries(folder)
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
