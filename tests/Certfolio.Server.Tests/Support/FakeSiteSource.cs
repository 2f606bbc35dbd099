using System.Text;
using Certfolio.Core.Diagnostics;
using Certfolio.Server.Building;
using Certfolio.Site.Publishing;

namespace Certfolio.Server.Tests.Support;

/// <summary>
/// A site of a few known files, so HTTP behaviour is tested apart from rendering. Tests change
/// <see cref="Files"/> or <see cref="Errors"/> and call <see cref="PreviewSite.Update"/>.
/// </summary>
public sealed class FakeSiteSource(string root) : ISiteSource
{
    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal)
    {
        ["index.html"] = "<!doctype html><html lang=\"en\"><head><title>Home</title></head><body><h1>Home</h1></body></html>",
        ["404.html"] = "<!doctype html><html lang=\"en\"><head><title>Not found</title></head><body><h1>Theme 404</h1></body></html>",
        ["certifications/cka/index.html"] = "<!doctype html><html><head><title>CKA</title></head><BODY><h1>CKA</h1></BODY></html>",
        ["assets/site.css"] = "body { color: black; }",
        ["assets/site.js"] = "console.log('hi');",
        ["search.json"] = "[]",
        ["feed.xml"] = "<feed/>",
        ["logos/cka.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        ["logos/aws.png"] = "\u0089PNG",
        ["robots.txt"] = "User-agent: *",
    };

    public List<Diagnostic> Errors { get; } = [];

    public string Root { get; } = root;

    public IEnumerable<string> WatchedFolders => [];

    public SourceBuild BuildAll(ISiteWriter writer) => Write(writer);

    public SourceBuild Update(IReadOnlyCollection<string> changedFiles, ISiteWriter writer) => Write(writer);

    private SourceBuild Write(ISiteWriter writer)
    {
        if (Errors.Count > 0) return new SourceBuild { Succeeded = false, Diagnostics = Errors.ToArray() };
        foreach (var (path, text) in Files) writer.Write(path, Encoding.UTF8.GetBytes(text));
        return new SourceBuild { Succeeded = true, Complete = true, PagesRendered = Files.Keys.Count(k => k.EndsWith(".html")) };
    }
}
