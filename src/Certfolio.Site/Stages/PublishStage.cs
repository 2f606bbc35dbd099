using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;
using Certfolio.Site.Pages;
using Certfolio.Site.Publishing;
using Certfolio.Site.Templates;

namespace Certfolio.Site.Stages;

/// <summary>
/// Publish, the list pages' part: home, skill and provider pages from the cached cards, the indexes and the site-wide
/// files, every page and file a job on every core.
/// </summary>
internal static class PublishStage
{
    /// <summary>
    /// Writes what <paramref name="selection"/> asks for of the list pages and site-wide files; <paramref name="makeSearch"/>
    /// gives <c>/search.json</c>. Null on a template error (a diagnostic says which).
    /// </summary>
    public static PublishedLists? Run(SiteModel model, PageRenderer renderer, ListModel lists, Func<SearchIndexFile> makeSearch, ISiteWriter writer,
        IPublishSelection selection, BuildDiagnostics diagnostics, BuildProgress progress)
    {
        var ordered = lists.Ordered;
        var urls = model.Urls;
        var pages = new ListPages(model, renderer, lists);
        var listPages = new HashSet<string>(StringComparer.Ordinal);
        SearchIndexFile? searchFile = null;

        // Every page and file is a job, the biggest first, on every core: the home page alone is megabytes at 10,000
        // credentials, and waiting for it before starting the skill pages would leave a core idle.
        var size = model.Config.PageSize;
        var jobs = new List<(long Weight, bool Counted, Action Run)>
        {
            (ordered.Length, false, () =>
            {
                // The search index's array is also kept, read-only, for the next rebuild to copy from.
                searchFile = makeSearch();
                writer.WriteOwned("search.json", searchFile.Bytes);
            }),
            (1, false, () => pages.NotFound(writer, "404.html")),
        };
        // The home pages the selection asks for: all of them when what they share changed (a credential that comes or
        // goes shifts every card after it by one place), else those showing a credential that changed.
        var homeFrame = pages.HomeFrame;
        for (var n = 1; n <= pages.HomePageCount; n++)
        {
            var number = n;
            if (number > 1) listPages.Add(Paging.PathOf(string.Empty, number) + "index.html");
            if (selection.HomePage(number, homeFrame)) jobs.Add((Math.Min(size, ordered.Length) * 2L, false, () => pages.Home(number, writer)));
        }
        // The owner's dashboard reads every credential's tracking: only an owner build pays for it.
        if (model.Disclosure.Dashboard) jobs.Add((ordered.Length, false, () => Dashboard.Write(model, renderer, ordered, writer)));
        foreach (var kind in ListKinds.All)
        {
            jobs.Add((1, false, () => pages.Index(kind, writer, kind.IndexPath + "index.html")));
            var groups = lists.Groups[kind];
            foreach (var term in model.Terms[kind].Terms)
            {
                if (!groups.TryGetValue(term.Slug, out var members)) continue;
                listPages.UnionWith(Paging.Files(kind.PathOf(term.Slug), members.Count, size));
                var link = urls.Link(kind, term, members.Count);
                for (var n = 1; n <= Paging.Count(members.Count, size); n++)
                {
                    var number = n;
                    if (!selection.TermPage(kind, term.Slug, members, number)) continue;
                    jobs.Add((Math.Min(size, members.Count - (number - 1) * size), number == 1, () => pages.Term(kind, link, members, number, writer)));
                }
            }
        }
        // The big site-wide files are joined from cached bytes into arrays handed over to the writer, not copied again.
        if (selection.Feed) jobs.Add((1, false, () => writer.WriteOwned("feed.xml", SiteFiles.Feed(model, ordered))));
        if (selection.Robots) jobs.Add((1, false, () => writer.WriteOwned("robots.txt", model.Disclosure.IsOwner ? SiteFiles.PrivateRobots() : SiteFiles.Robots(urls.BaseUrl))));
        if (selection.Calendar && model.Disclosure.Calendar) jobs.Add((lists.Events.Length, false, () => writer.WriteOwned(SiteUrls.CalendarPath, SiteCalendar.Join(model.Tracking.Report, lists.Events))));
        if (urls.BaseUrl is { } baseUrl && selection.Sitemap)
        {
            jobs.Add((ordered.Length, false, () =>
            {
                var pagePaths = new List<string>(ordered.Length + listPages.Count + 1 + ListKinds.All.Count) { string.Empty };
                foreach (var kind in ListKinds.All) pagePaths.Add(kind.IndexPath);
                foreach (var render in ordered) pagePaths.Add(SiteUrls.CredentialPath(render.View.Slug));
                foreach (var page in listPages) pagePaths.Add(page[..^"index.html".Length]);
                writer.WriteOwned("sitemap.xml", SiteFiles.Sitemap(baseUrl, pagePaths.Distinct(StringComparer.Ordinal)));
            }));
        }

        try
        {
            Parallel.ForEach(jobs.OrderByDescending(j => j.Weight).ToArray(), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, model.Options.MaxParallelism) }, job =>
            {
                job.Run();
                if (job.Counted) progress.Step();
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<TemplateRenderException>().FirstOrDefault() is { } failure)
        {
            diagnostics.Add(Diagnostic.Create(SiteDescriptors.TemplateRender, SourceLocation.FileStart("theme"), failure.Template, "a list page", failure.Message));
            return null;
        }
        return new PublishedLists(listPages, searchFile!, homeFrame);
    }
}
