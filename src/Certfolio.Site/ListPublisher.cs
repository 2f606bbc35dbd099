using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;
using Certfolio.Site.Pages;
using Certfolio.Site.Publishing;
using Certfolio.Site.Templates;

namespace Certfolio.Site;

/// <summary>The Lists and Publish stages of a build, every page and site-wide file a job on every core.</summary>
internal static class ListPublisher
{
    /// <summary>
    /// Lists and Publish stages: home, skill and provider pages, the indexes and the site-wide files. A rebuild
    /// (<paramref name="changes"/> set) writes only the term pages and files its changes show on. Null on a template error.
    /// </summary>
    public static HashSet<string>? Publish(BuildContext build, PageRenderer renderer, SiteState.Lists lists, Func<SearchIndexFile> makeSearch, ISiteWriter writer,
        ListChanges? changes, SiteOptions options, ref int done, int planned, out SearchIndexFile? search)
    {
        var progress = done;
        var ordered = lists.Ordered;
        var pages = new ListPages(build, renderer, ordered, lists.Groups, lists.Home);
        var listPages = new HashSet<string>(StringComparer.Ordinal);
        SearchIndexFile? searchFile = null;

        // Every page and file is a job, the biggest first, on every core: the home page alone is megabytes at 10,000
        // credentials, and waiting for it before starting the skill pages would leave a core idle.
        var jobs = new List<(long Weight, bool Counted, Action Run)>
        {
            (ordered.Length * 2L, false, () => pages.Home(writer, "index.html")),
            (ordered.Length, false, () =>
            {
                // The search index's array is also kept, read-only, for the next rebuild to copy from.
                searchFile = makeSearch();
                writer.WriteOwned("search.json", searchFile.Bytes);
            }),
            (1, false, () => pages.Index("skills", writer, "skills/index.html")),
            (1, false, () => pages.Index("providers", writer, "providers/index.html")),
            (1, false, () => pages.NotFound(writer, "404.html")),
        };
        AddTermPages("skill", "s:", build.Skills.Terms, pages.BySkill, BuildContext.SkillPath, build.SkillLink);
        AddTermPages("provider", "p:", build.Providers.Terms, pages.ByProvider, BuildContext.ProviderPath, build.ProviderLink);
        // The big site-wide files are joined from cached bytes into arrays handed over to the writer, not copied again.
        if (changes is null || !changes.SameHead(SiteFiles.FeedEntries)) jobs.Add((1, false, () => writer.WriteOwned("feed.xml", SiteFiles.Feed(build, ordered))));
        if (changes is null) jobs.Add((1, false, () => writer.WriteOwned("robots.txt", SiteFiles.Robots(build.BaseUrl))));
        if (changes is null || !changes.SameEvents) jobs.Add((lists.Events.Length, false, () => writer.WriteOwned(BuildContext.CalendarPath, SiteFiles.Calendar(build, lists.Events))));
        if (build.BaseUrl is { } baseUrl && (changes is null || !changes.SamePages))
        {
            jobs.Add((ordered.Length, false, () =>
            {
                var pagePaths = new List<string>(ordered.Length + listPages.Count + 3) { string.Empty, "skills/", "providers/" };
                foreach (var render in ordered) pagePaths.Add(BuildContext.CredentialPath(render.View.Slug));
                foreach (var page in listPages) pagePaths.Add(page[..^"index.html".Length]);
                writer.WriteOwned("sitemap.xml", SiteFiles.Sitemap(baseUrl, pagePaths.Distinct(StringComparer.Ordinal)));
            }));
        }

        void AddTermPages(string kind, string changeKey, IEnumerable<Term> terms, IReadOnlyDictionary<string, IReadOnlyList<CredentialRender>> byTerm,
            Func<string, string> pathOf, Func<Term, int, TermLink> linkOf)
        {
            foreach (var term in terms)
            {
                if (!byTerm.TryGetValue(term.Slug, out var members)) continue;
                var path = pathOf(term.Slug) + "index.html";
                listPages.Add(path);
                var link = linkOf(term, members.Count);
                if (changes is null || changes.Terms.Contains(changeKey + term.Slug)) jobs.Add((members.Count, true, () => pages.Term(kind, link, members, writer, path)));
            }
        }

        try
        {
            Parallel.ForEach(jobs.OrderByDescending(j => j.Weight).ToArray(), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism) }, job =>
            {
                job.Run();
                if (job.Counted) options.Progress?.Invoke(Interlocked.Increment(ref progress), planned);
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<TemplateRenderException>().FirstOrDefault() is { } failure)
        {
            build.Diagnostics.Add(Diagnostic.Create(SiteDescriptors.TemplateRender, SourceLocation.FileStart("theme"), failure.Template, "a list page", failure.Message));
            search = null;
            return null;
        }
        done = progress;
        search = searchFile;
        return listPages;
    }
}
