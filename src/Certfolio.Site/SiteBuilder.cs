using System.Diagnostics;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;
using Certfolio.Site.Markdown;
using Certfolio.Site.Pages;
using Certfolio.Site.Publishing;
using Certfolio.Site.Templates;

namespace Certfolio.Site;

/// <summary>
/// Builds the static site of a portfolio: Assemble (URLs, terms, site view) → Render (every credential's page and
/// card, in parallel, each page written as soon as it is rendered) → Lists (home, skill and provider pages from the
/// cached cards) → Publish (indexes, feeds, assets). Create one per process: the Markdown pipeline, the sanitizer
/// and the parsed themes are built once and reused by every build and rebuild.
/// </summary>
public sealed class SiteBuilder
{
    // The sanitizer costs ~0.15 s of start-up (AngleSharp's CSS tables) and only bodies with raw HTML need it.
    private readonly BodyRenderer _bodies = new(SafeMarkdown.CreatePipeline(), new Lazy<Ganss.Xss.HtmlSanitizer>(SafeMarkdown.CreateSanitizer));
    private readonly Lazy<Theme> _defaultTheme = new(() => ThemeLoader.Load(null));
    private readonly Lock _themeLock = new();
    private Theme? _customTheme;

    /// <summary>The theme for a portfolio: the embedded default, overlaid by its <c>theme/</c> folder (cached until the folder changes).</summary>
    public Theme ThemeFor(PortfolioLayout layout)
    {
        if (!Directory.Exists(layout.ThemeDirectory)) return _defaultTheme.Value;
        var signature = ThemeLoader.Signature(layout.ThemeDirectory);
        lock (_themeLock)
        {
            if (_customTheme is null || _customTheme.Signature != signature) _customTheme = ThemeLoader.Load(layout.ThemeDirectory);
            return _customTheme;
        }
    }

    /// <summary>Builds the whole site into <paramref name="writer"/>. Writes nothing when the portfolio or theme has errors.</summary>
    public BuildResult Build(Portfolio portfolio, SiteOptions options, ISiteWriter writer) => Run(portfolio, options, writer, null, null);

    /// <summary>
    /// Rebuilds after documents changed: re-renders only the changed credentials (and any whose skill or provider
    /// links moved), reassembles the list pages they appear on from cached cards, and deletes pages that no longer
    /// exist. Falls back to a full build when anything site-wide changed (config, theme, today, options).
    /// </summary>
    /// <param name="changedDocuments">Paths relative to the portfolio root, as in <see cref="Credential.RelativePath"/>.</param>
    public BuildResult Rebuild(SiteState previous, Portfolio portfolio, IEnumerable<string> changedDocuments, ISiteWriter writer, SiteOptions? options = null) =>
        Run(portfolio, options ?? previous.Options, writer, previous, changedDocuments.ToHashSet(StringComparer.Ordinal));

    private BuildResult Run(Portfolio portfolio, SiteOptions options, ISiteWriter target, SiteState? previous, HashSet<string>? changed)
    {
        var clock = Stopwatch.StartNew();
        if (portfolio.HasErrors)
            return new BuildResult { Succeeded = false, Diagnostics = portfolio.Diagnostics.Where(d => d.Severity == Severity.Error).ToArray(), Elapsed = clock.Elapsed };
        var theme = ThemeFor(portfolio.Layout);
        if (theme.Diagnostics.Count > 0)
            return new BuildResult { Succeeded = false, Diagnostics = theme.Diagnostics, Elapsed = clock.Elapsed };

        var build = new BuildContext(portfolio, options, theme, previous);
        if (build.BaseUrl is null) build.Diagnostics.Add(Diagnostic.Create(SiteDescriptors.NoBaseUrl, SourceLocation.FileStart(ConfigReader.FileName)));
        var writer = new CountingWriter(target);
        var renderer = new PageRenderer(theme, build.Site, options.Clock.GetUtcNow());
        var incremental = previous is not null && changed is not null && previous.Fingerprint == build.Fingerprint;

        var credentials = portfolio.Credentials
            .OrderByDescending(c => c.Issued).ThenBy(c => c.Title, StringComparer.Ordinal).ThenBy(c => c.Slug, StringComparer.Ordinal)
            .ToArray();
        var renders = new CredentialRender[credentials.Length];
        var pending = new List<int>(credentials.Length);
        // When no skill or provider slug moved, no unchanged page links anywhere new, and the check per credential is skipped.
        var termsMoved = incremental && !(previous!.Skills.SameAs(build.Skills) && previous.Providers.SameAs(build.Providers));
        for (var i = 0; i < credentials.Length; i++)
        {
            if (incremental && !changed!.Contains(credentials[i].RelativePath)
                && previous!.ByDocument.TryGetValue(credentials[i].RelativePath, out var old) && (!termsMoved || LinksUnchanged(old, credentials[i], build)))
                renders[i] = old;
            else
                pending.Add(i);
        }

        var done = 0;
        var planned = pending.Count + build.Skills.Terms.Count + build.Providers.Terms.Count + 4;
        Parallel.ForEach(pending, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism) }, i =>
        {
            try
            {
                renders[i] = CredentialPage.Render(credentials[i], build, _bodies, renderer, writer);
            }
            catch (TemplateRenderException e)
            {
                build.Diagnostics.Add(Diagnostic.Create(SiteDescriptors.TemplateRender, SourceLocation.FileStart(credentials[i].RelativePath), e.Template, credentials[i].RelativePath, e.Message));
            }
            options.Progress?.Invoke(Interlocked.Increment(ref done), planned);
        });
        if (build.Diagnostics.Any(d => d.Severity == Severity.Error)) return Failed(build, clock);

        // A rebuild whose re-rendered credentials look the same everywhere but on their own pages (a body edit, say)
        // leaves the home page, the list pages, the indexes, feeds and calendar as they are: at 10,000 documents
        // those are megabytes that would be re-spliced and rewritten for nothing.
        var onlyOwnPages = incremental && !termsMoved && credentials.Length == previous!.ByDocument.Count
            && pending.All(i => previous.ByDocument.TryGetValue(credentials[i].RelativePath, out var old) && renders[i].SameOnListsAs(old));
        var listPages = onlyOwnPages ? new HashSet<string>(previous!.ListPages, StringComparer.Ordinal) : PublishLists(build, renderer, renders, writer, incremental ? previous : null, pending, options, ref done, planned);
        if (listPages is null) return Failed(build, clock);

        var (byDocument, tracked) = DocumentIndex(previous, renders, pending, changed, incremental);
        if (previous is not null)
        {
            // Pages of credentials that no longer exist: a page only moves when its document changed or went away.
            var suspects = tracked ? changed!.Concat(pending.Select(i => renders[i].Credential.RelativePath)) : previous.ByDocument.Keys;
            var pages = new HashSet<string>(StringComparer.Ordinal);
            foreach (var path in suspects)
            {
                if (!previous.ByDocument.TryGetValue(path, out var old)) continue;
                if (byDocument.TryGetValue(path, out var now) && now.PagePath == old.PagePath) continue;
                pages.Add(old.PagePath);
            }
            if (pages.Count > 0)
            {
                foreach (var render in renders) pages.Remove(render.PagePath);
            }
            foreach (var old in pages.Order(StringComparer.Ordinal)) writer.Delete(old);
            foreach (var old in previous.ListPages.Where(p => !listPages.Contains(p)).Order(StringComparer.Ordinal)) writer.Delete(old);
            if (build.BaseUrl is null && previous.Fingerprint != build.Fingerprint) writer.Delete("sitemap.xml");
        }

        var assetPaths = PublishAssets(build, theme, writer, incremental ? pending.Select(i => renders[i]) : renders, incremental, previous);
        options.Progress?.Invoke(planned, planned);

        var state = new SiteState(build.Fingerprint, options, byDocument, listPages, assetPaths, build.Skills, build.Providers, portfolio.Credentials, build.TrackingAligned, build.TrackingSorted);
        return new BuildResult
        {
            Succeeded = true,
            Pages = writer.Pages,
            Files = writer.Files,
            Bytes = writer.Bytes,
            Elapsed = clock.Elapsed,
            Diagnostics = Sorted(build),
            ChangedPaths = writer.Changed,
            Incremental = incremental,
            State = state,
        };
    }

    /// <summary>Lists and Publish stages: home, skill and provider pages, the indexes and the site-wide files. Null on a template error.</summary>
    private static HashSet<string>? PublishLists(BuildContext build, PageRenderer renderer, CredentialRender[] renders, ISiteWriter writer,
        SiteState? previous, List<int> pending, SiteOptions options, ref int done, int planned)
    {
        var progress = done;
        var lists = new ListPages(build, renderer, renders);
        var pagePaths = new HashSet<string>(StringComparer.Ordinal) { string.Empty, "skills/", "providers/" };
        foreach (var render in renders) pagePaths.Add(BuildContext.CredentialPath(render.View.Slug));
        var listPages = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            lists.Home(writer, "index.html");
            lists.Index("skills", writer, "skills/index.html");
            lists.Index("providers", writer, "providers/index.html");

            var affected = previous is not null ? AffectedTerms(previous, renders, pending) : null;
            var termJobs = new List<(string Kind, TermLink Link, List<CredentialRender> Members, string Path)>();
            foreach (var term in build.Skills.Terms)
            {
                if (!lists.BySkill.TryGetValue(term.Slug, out var members)) continue;
                var path = BuildContext.SkillPath(term.Slug);
                listPages.Add(path + "index.html");
                pagePaths.Add(path);
                if (affected is null || affected.Contains("s:" + term.Slug)) termJobs.Add(("skill", build.SkillLink(term, members.Count), members, path));
            }
            foreach (var term in build.Providers.Terms)
            {
                if (!lists.ByProvider.TryGetValue(term.Slug, out var members)) continue;
                var path = BuildContext.ProviderPath(term.Slug);
                listPages.Add(path + "index.html");
                pagePaths.Add(path);
                if (affected is null || affected.Contains("p:" + term.Slug)) termJobs.Add(("provider", build.ProviderLink(term, members.Count), members, path));
            }
            Parallel.ForEach(termJobs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism) }, job =>
            {
                lists.Term(job.Kind, job.Link, job.Members, writer, job.Path + "index.html");
                options.Progress?.Invoke(Interlocked.Increment(ref progress), planned);
            });
            lists.NotFound(writer, "404.html");
        }
        catch (TemplateRenderException e)
        {
            build.Diagnostics.Add(Diagnostic.Create(SiteDescriptors.TemplateRender, SourceLocation.FileStart("theme"), e.Template, "a list page", e.Message));
            return null;
        }

        writer.Write("search.json", SiteFiles.SearchIndex(renders));
        writer.Write("feed.xml", SiteFiles.Feed(build, renders));
        writer.Write("robots.txt", SiteFiles.Robots(build.BaseUrl));
        writer.Write(BuildContext.CalendarPath, SiteFiles.Calendar(build, renders));
        if (build.BaseUrl is not null) writer.Write("sitemap.xml", SiteFiles.Sitemap(build.BaseUrl, pagePaths));
        done = progress;
        return listPages;
    }

    private static HashSet<string> PublishAssets(BuildContext build, Theme theme, ISiteWriter writer, IEnumerable<CredentialRender> rendered, bool incremental, SiteState? previous)
    {
        var paths = incremental ? new HashSet<string>(previous!.AssetPaths, StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal);
        if (!incremental)
        {
            foreach (var (name, bytes) in theme.Assets)
            {
                var content = name == "site.css" ? SiteFiles.Stylesheet(bytes, build.Config.Accent) : bytes;
                writer.Write("assets/" + name, content);
            }
        }
        var copies = build.SiteAssets.Concat(rendered.SelectMany(r => r.Assets))
            .DistinctBy(a => a.SitePath, StringComparer.Ordinal)
            .OrderBy(a => a.SitePath, StringComparer.Ordinal);
        foreach (var copy in copies)
        {
            if (incremental && paths.Contains(copy.SitePath)) continue;
            writer.Copy(copy.SitePath, copy.SourceFile);
            paths.Add(copy.SitePath);
        }
        return paths;
    }

    /// <summary>The renders by document; a rebuild updates a copy of the previous index instead of hashing every path again.</summary>
    private static (Dictionary<string, CredentialRender> Index, bool Tracked) DocumentIndex(SiteState? previous, CredentialRender[] renders, List<int> pending, HashSet<string>? changed, bool incremental)
    {
        if (incremental)
        {
            var index = new Dictionary<string, CredentialRender>(previous!.ByDocument, StringComparer.Ordinal);
            foreach (var path in changed!) index.Remove(path);
            foreach (var i in pending) index[renders[i].Credential.RelativePath] = renders[i];
            // A document that vanished without being reported as changed: fall back to the full index.
            if (index.Count == renders.Length) return (index, true);
        }
        return (renders.ToDictionary(r => r.Credential.RelativePath, StringComparer.Ordinal), false);
    }

    /// <summary>True when the slugs a credential's page links to are the ones it was rendered with.</summary>
    private static bool LinksUnchanged(CredentialRender old, Credential credential, BuildContext build)
    {
        if (!build.Providers.TryGet(credential.Provider, out var provider) || provider.Slug != old.ProviderSlug) return false;
        var slugs = credential.Skills.Select(s => build.Skills.TryGet(s, out var t) ? t.Slug : null).OfType<string>().Distinct().ToArray();
        return slugs.SequenceEqual(old.SkillSlugs, StringComparer.Ordinal);
    }

    /// <summary>The terms whose pages show a re-rendered or removed credential, before or after the change.</summary>
    private static HashSet<string> AffectedTerms(SiteState previous, CredentialRender[] renders, List<int> pending)
    {
        var affected = new HashSet<string>(StringComparer.Ordinal);
        void Add(CredentialRender render)
        {
            foreach (var skill in render.SkillSlugs) affected.Add("s:" + skill);
            affected.Add("p:" + render.ProviderSlug);
        }
        foreach (var i in pending)
        {
            Add(renders[i]);
            if (previous.ByDocument.TryGetValue(renders[i].Credential.RelativePath, out var old)) Add(old);
        }
        var current = renders.Select(r => r.Credential.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var (path, old) in previous.ByDocument)
        {
            if (!current.Contains(path)) Add(old);
        }
        return affected;
    }

    private static BuildResult Failed(BuildContext build, Stopwatch clock) =>
        new() { Succeeded = false, Diagnostics = Sorted(build), Elapsed = clock.Elapsed };

    private static IReadOnlyList<Diagnostic> Sorted(BuildContext build) => PortfolioLoader.Sort(build.Diagnostics);
}
