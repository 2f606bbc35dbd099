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
    /// exist. Falls back to a full build when anything site-wide changed (config, theme, today, options). For changed
    /// documents only: when an asset (a logo, an image) changed, call <see cref="Build"/>.
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

        // When no skill or provider slug moved, no unchanged page links anywhere new, and the check per credential is skipped.
        var termsMoved = incremental && !(previous!.Skills.SameAs(build.Skills) && previous.Providers.SameAs(build.Providers));
        var credentials = portfolio.Credentials;
        var plan = incremental ? RenderPlan.Incremental(previous!, credentials, changed!, termsMoved, build) : RenderPlan.Full(credentials);
        var renders = plan.Renders;
        var pending = plan.Pending;

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
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // One document that cannot be rendered is its own error: the others still render and are reported.
                build.Diagnostics.Add(DocumentRenderFailure.From(e, credentials[i], build.Portfolio.Bodies));
            }
            options.Progress?.Invoke(Interlocked.Increment(ref done), planned);
        });
        if (build.Diagnostics.Any(d => d.Severity == Severity.Error)) return Failed(build, clock);
        var aligned = renders.Select(r => r!).ToArray();
        var entering = pending.Select(i => aligned[i]).ToArray();
        var (lists, order) = incremental ? Splice(previous!, plan.Leaving, entering) : (null, null);
        lists ??= Assemble(aligned);

        // A rebuild whose re-rendered credentials look the same everywhere but on their own pages (a body edit, say)
        // leaves the home page, the list pages, the indexes, feeds and calendar as they are: at 10,000 documents
        // those are megabytes that would be re-spliced and rewritten for nothing.
        var sameCount = incremental && plan.Added == 0 && plan.Removed == 0;
        var onlyOwnPages = sameCount && !termsMoved && pending.All(i => plan.Previous[i] is { } old && aligned[i].SameOnListsAs(old));
        HashSet<string>? listPages;
        SearchIndexFile search;
        if (onlyOwnPages)
        {
            listPages = new HashSet<string>(previous!.ListPages, StringComparer.Ordinal);
            // The file stands; what is kept for the next rebuild must follow the list order, which a sort (rather than a splice) made anew.
            search = order is not null ? previous.Search : SearchIndexFile.Join(lists.Ordered);
        }
        else
        {
            var changes = incremental ? new ListChanges(previous!, plan, entering, lists, sameCount) : null;
            var from = previous?.Search;
            listPages = ListPublisher.Publish(build, renderer, lists, () => order is not null ? from!.Splice(order) : SearchIndexFile.Join(lists.Ordered),
                writer, changes, options, ref done, planned, out var published);
            search = published!;
        }
        if (listPages is null) return Failed(build, clock);

        var byDocument = DocumentIndex(previous, aligned, plan, incremental);
        if (previous is not null)
        {
            // Pages of credentials that no longer exist: a page only moves when its document changed or went away.
            var byPage = new HashSet<string>(StringComparer.Ordinal);
            var suspects = incremental ? plan.Leaving : (IEnumerable<CredentialRender>)previous.ByDocument.Values;
            foreach (var old in suspects)
            {
                if (byDocument.TryGetValue(old.Credential.RelativePath, out var now) && now.PagePath == old.PagePath) continue;
                byPage.Add(old.PagePath);
            }
            if (byPage.Count > 0)
            {
                foreach (var render in aligned) byPage.Remove(render.PagePath);
            }
            foreach (var old in byPage.Order(StringComparer.Ordinal)) writer.Delete(old);
            foreach (var old in previous.ListPages.Where(p => !listPages.Contains(p)).Order(StringComparer.Ordinal)) writer.Delete(old);
            if (build.BaseUrl is null && previous.Fingerprint != build.Fingerprint) writer.Delete("sitemap.xml");
        }

        var assetPaths = PublishAssets(build, theme, writer, incremental ? entering : aligned, incremental, previous);
        if (build.Diagnostics.Any(d => d.Severity == Severity.Error)) return Failed(build, clock);
        options.Progress?.Invoke(planned, planned);

        var state = new SiteState(build.Fingerprint, options, build, byDocument, aligned, lists, search, listPages, assetPaths);
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

    /// <summary>The lists of a full build: every render sorted, grouped by term, and every calendar event sorted.</summary>
    private static SiteState.Lists Assemble(CredentialRender[] renders)
    {
        var ordered = ListOrder.Sort(renders);
        return new SiteState.Lists(ordered, ListGroups.From(ordered), HomeLists.From(ordered), SiteCalendar.Sort(ordered));
    }

    /// <summary>The last build's lists with the leaving renders taken out and the new ones put in; null when that cannot be exact.</summary>
    /// <remarks>Also returns the edit of the list order, which the search index applies to its last file.</remarks>
    private static (SiteState.Lists?, SpliceScript<CredentialRender>?) Splice(SiteState previous, List<CredentialRender> leaving, CredentialRender[] entering)
    {
        if (SortedSplice.Plan(previous.Ordered, leaving, entering, ListOrder.Instance) is not { } order) return (null, null);
        if (previous.Groups.Splice(leaving, entering) is not { } groups) return (null, null);
        if (previous.Home.Splice(leaving, entering) is not { } home) return (null, null);
        if (SiteCalendar.Splice(previous.Events, leaving, entering) is not { } events) return (null, null);
        return (new SiteState.Lists(order.Apply(previous.Ordered, r => r), groups, home, events), order);
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
            // Check refused these already; the publish step vets each copy itself so no path around check can publish
            // a secret or replace a generated file. An SVG is written from the bytes inspected, not read again.
            if (build.Publishing.Vet(copy.SourceFile, copy.SitePath, out var svg) is { } refusal)
            {
                build.Diagnostics.Add(refusal.ToDiagnostic("file", copy.SitePath, SourceLocation.FileStart(build.Portfolio.Layout.Relative(copy.SourceFile))));
                continue;
            }
            if (svg is not null) writer.Write(copy.SitePath, svg);
            else writer.Copy(copy.SitePath, copy.SourceFile);
            paths.Add(copy.SitePath);
        }
        return paths;
    }

    /// <summary>The renders by document; a rebuild updates a copy of the previous index instead of hashing every path again.</summary>
    private static Dictionary<string, CredentialRender> DocumentIndex(SiteState? previous, CredentialRender[] renders, RenderPlan plan, bool incremental)
    {
        if (incremental)
        {
            var index = new Dictionary<string, CredentialRender>(previous!.ByDocument, StringComparer.Ordinal);
            foreach (var old in plan.Leaving) index.Remove(old.Credential.RelativePath);
            foreach (var i in plan.Pending) index[renders[i].Credential.RelativePath] = renders[i];
            if (index.Count == renders.Length) return index;
        }
        return renders.ToDictionary(r => r.Credential.RelativePath, StringComparer.Ordinal);
    }

    private static BuildResult Failed(BuildContext build, Stopwatch clock) =>
        new() { Succeeded = false, Diagnostics = Sorted(build), Elapsed = clock.Elapsed };

    private static IReadOnlyList<Diagnostic> Sorted(BuildContext build) => PortfolioLoader.Sort(build.Diagnostics);
}
