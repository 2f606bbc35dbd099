using System.Reflection;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Time;
using Certfolio.Site.Publishing;

namespace Certfolio.Site.Tests.Support;

/// <summary>A fixture portfolio copied to a temporary folder, so a test may change it freely.</summary>
public sealed class TestPortfolio : IDisposable
{
    public static readonly DateOnly DefaultToday = new(2026, 11, 26);

    /// <summary>One builder for all tests, as in a process: its pipeline and themes are shared.</summary>
    public static readonly SiteBuilder Builder = new();

    private TestPortfolio(string root) => Root = root;

    public string Root { get; }

    public static string RepositoryRoot { get; } = typeof(TestPortfolio).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    public static string FixturePath(string name) => Path.Combine(RepositoryRoot, "tests", "Certfolio.Site.Tests", "Fixtures", name);

    public static TestPortfolio Copy(string fixture)
    {
        var root = Path.Combine(Path.GetTempPath(), "certfolio-site-tests", Guid.NewGuid().ToString("N"));
        CopyDirectory(FixturePath(fixture), root);
        return new TestPortfolio(root);
    }

    /// <summary>An empty portfolio folder with the given files (paths relative to the root).</summary>
    public static TestPortfolio FromFiles(IReadOnlyDictionary<string, string> files)
    {
        var root = Path.Combine(Path.GetTempPath(), "certfolio-site-tests", Guid.NewGuid().ToString("N"));
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return new TestPortfolio(root);
    }

    public void Write(string relativePath, string text)
    {
        var full = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public Portfolio Load() => new PortfolioLoader().Load(Root);

    public static SiteOptions Options(DateOnly? today = null) => new() { Clock = new FixedClock(today ?? DefaultToday) };

    /// <summary>The owner's view, as <c>serve</c> and <c>build --owner</c> build it.</summary>
    public static SiteOptions OwnerOptions(DateOnly? today = null) => Options(today) with { Audience = SiteAudience.Owner };

    public (BuildResult Result, MemorySiteWriter Site) Build(DateOnly? today = null, SiteOptions? options = null)
    {
        var site = new MemorySiteWriter();
        var result = Builder.Build(Load(), options ?? Options(today), site);
        return (result, site);
    }

    public static IHtmlDocument Html(MemorySiteWriter site, string path) => new HtmlParser().ParseDocument(site.Text(path));

    public void Dispose()
    {
        if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }

    private static void CopyDirectory(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
