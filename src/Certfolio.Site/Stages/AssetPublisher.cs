using Certfolio.Core.Text;
using Certfolio.Site.Languages;
using Certfolio.Site.Markdown;
using Certfolio.Site.Pages;
using Certfolio.Site.Publishing;

namespace Certfolio.Site.Stages;

/// <summary>Publish, the files' part: the theme's assets, and the portfolio files the pages refer to, each vetted again.</summary>
internal static class AssetPublisher
{
    /// <summary>The theme's assets (<c>site.css</c> with the portfolio's accent, <c>site.js</c> with the strings of its language).</summary>
    public static void Theme(SiteModel model, ISiteWriter writer)
    {
        foreach (var (name, bytes) in model.Theme.Assets)
        {
            var content = name switch
            {
                "site.css" => SiteFiles.Stylesheet(bytes, model.Config.Accent),
                "site.js" => ScriptStrings.Apply(bytes, model.Strings),
                _ => bytes,
            };
            writer.Write("assets/" + name, content);
        }
    }

    /// <summary>
    /// Copies the site's own files and those <paramref name="renders"/> refer to, in path order, skipping the paths in
    /// <paramref name="published"/> and adding those it copies.
    /// </summary>
    public static void Copies(SiteModel model, IEnumerable<CredentialRender> renders, ISiteWriter writer, BuildDiagnostics diagnostics, HashSet<string> published)
    {
        var copies = model.SiteAssets.Concat(renders.SelectMany(r => r.Assets))
            .DistinctBy(a => a.SitePath, StringComparer.Ordinal)
            .OrderBy(a => a.SitePath, StringComparer.Ordinal);
        foreach (var copy in copies)
        {
            if (published.Contains(copy.SitePath)) continue;
            // Check refused these already; the publish step vets each copy itself so no path around check can publish
            // a secret or replace a generated file. An SVG is written from the bytes inspected, not read again.
            if (model.Assets.Policy.Vet(copy.SourceFile, copy.SitePath, out var svg) is { } refusal)
            {
                diagnostics.Add(refusal.ToDiagnostic("file", copy.SitePath, SourceLocation.FileStart(model.Portfolio.Layout.Relative(copy.SourceFile))));
                continue;
            }
            // Read through the build's file system (the disk, or a test's portfolio in memory), like every portfolio file.
            writer.Write(copy.SitePath, svg ?? model.Options.FileSystem.ReadAllBytes(copy.SourceFile));
            published.Add(copy.SitePath);
        }
    }
}
