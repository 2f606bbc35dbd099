using Certfolio.Core.Model;
using Certfolio.Interop.SchemaOrg;
using Certfolio.Site.Publishing;
using Certfolio.Site.Templates;

using Certfolio.Site.Stages;

namespace Certfolio.Site.Pages;

/// <summary>
/// The pages that list credentials (home, the term pages and index of every <see cref="ListKind"/>), assembled from the cached
/// card HTML of each credential: no card is rendered here, so rebuilding a list costs little more than copying.
/// </summary>
internal sealed class ListPages(SiteModel model, PageRenderer renderer, ListModel lists)
{
    /// <summary>How many credentials the home page's JSON-LD names, newest first (the full list is in the search index).</summary>
    public const int JsonLdCredentials = 100;

    /// <summary>Credentials per skill slug, newest first (list order).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CredentialRender>> BySkill => lists.Groups[ListKinds.Skills];

    public IReadOnlyDictionary<string, IReadOnlyList<CredentialRender>> ByProvider => lists.Groups[ListKinds.Providers];

    private int PageSize => model.Config.PageSize;

    /// <summary>How many pages the home page has (page 1 at <c>/</c>, the others at <c>/page/N/</c>).</summary>
    public int HomePageCount => Paging.Count(lists.Ordered.Length, PageSize);


    // What every home page shares (counts, facets, timeline, the page's words), made once by whichever page comes first.
    private (HomeView View, PageView Page) _home;
    private bool _homeMade;
    private object? _homeLock;

    private (HomeView View, PageView Page) HomeShared()
    {
        var home = lists.Home;
        var statuses = home.Statuses;
        var counts = new StatusCounts
        {
            Total = lists.Ordered.Length,
            Active = statuses.GetValueOrDefault(CredentialStatus.Active),
            RenewalOpen = statuses.GetValueOrDefault(CredentialStatus.RenewalOpen),
            Expiring = statuses.GetValueOrDefault(CredentialStatus.Expiring),
            Expired = statuses.GetValueOrDefault(CredentialStatus.Expired),
            NoExpiry = statuses.GetValueOrDefault(CredentialStatus.NoExpiry),
            Skills = BySkill.Count,
            Providers = ByProvider.Count,
            Current = lists.Ordered.Length - statuses.GetValueOrDefault(CredentialStatus.Expired),
        };
        var skillFacets = Facets(BySkill, model.Terms[ListKinds.Skills]);
        var view = new HomeView
        {
            Counts = counts,
            Current = new TrustedFragments([]),
            Expired = new TrustedFragments([]),
            Timeline = new TrustedHtml(TimelineSvg.Home(TimelineBars(), model.Today, model.Config.DateFormat, model.Strings)),
            Skills = skillFacets,
            Providers = Facets(ByProvider, model.Terms[ListKinds.Providers]),
            Levels = home.Levels
                .OrderBy(g => Levels.Known.Contains(g.Key) ? Levels.Known.ToList().IndexOf(g.Key) : int.MaxValue).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new FacetOption(g.Key, g.Key, g.Value)).ToArray(),
            Statuses = Enum.GetValues<CredentialStatus>().Where(model.Disclosure.CanShow).OrderBy(StatusOrder)
                .Select(s => new FacetOption(s.ToSlug(), model.Strings.Status(s), statuses.GetValueOrDefault(s))).ToArray(),
            TopSkills = skillFacets.Take(10).Select(f => model.Urls.Link(ListKinds.Skills, model.Terms[ListKinds.Skills].Get(f.Label), f.Count)).ToArray(),
        };
        var owner = model.Config.Owner;
        var person = SchemaOrgWriter.ForPerson(model.Config with { BaseUrl = model.Urls.BaseUrl }, lists.Ordered.Take(JsonLdCredentials).Select(r => r.Credential));
        var page = new PageView
        {
            Kind = "home",
            // "Alex Morgan: Alex Morgan · Certifications" says the name twice; only add it when the site title lacks it.
            Title = owner.Name is { Length: > 0 } name && !model.Config.Title.Contains(name, StringComparison.OrdinalIgnoreCase)
                ? $"{name}: {model.Config.Title}"
                : model.Config.Title,
            Description = owner.Headline is { Length: > 0 } headline
                ? model.Strings.Count("home.descriptionWithHeadline", counts.Current, ("headline", headline), ("skills", model.Strings.Number(counts.Skills)))
                : model.Strings.Count("home.description", counts.Current, ("skills", model.Strings.Number(counts.Skills))),
            Url = model.Urls.BasePath,
            Canonical = model.Urls.Absolute(string.Empty),
            Image = model.Site.Owner.AvatarUrl is { } avatarUrl
                ? (Markdown.UrlPolicy.IsHttp(avatarUrl) ? avatarUrl : model.Urls.Absolute(avatarUrl[model.Urls.BasePath.Length..]))
                : null,
            JsonLd = new TrustedHtml(SchemaOrgWriter.Serialize(person, indented: false)),
        };
        return (view, page);
    }

    /// <summary>
    /// Home page <paramref name="number"/>: the current cards, then the expired ones, <c>pageSize</c> at a time (this
    /// page's share of each list), with what every home page shares. Its site path is <see cref="Paging.PathOf"/>.
    /// </summary>
    /// <summary>What every home page shows but its cards and pager (<see cref="Pages.HomeFrame"/>).</summary>
    public HomeFrame HomeFrame
    {
        get
        {
            var (view, page) = LazyInitializer.EnsureInitialized(ref _home, ref _homeMade, ref _homeLock, HomeShared);
            return HomeFrame.Of(view, page);
        }
    }

    public void Home(int number, ISiteWriter writer)
    {
        var (shared, sharedPage) = LazyInitializer.EnsureInitialized(ref _home, ref _homeMade, ref _homeLock, HomeShared);
        var home = lists.Home;
        var total = lists.Ordered.Length;
        var count = Paging.Count(total, PageSize);
        var from = (number - 1) * PageSize;
        var to = Math.Min(total, from + PageSize);
        var currentCount = home.CurrentCards.Length;
        var current = home.CurrentCards[Math.Min(from, currentCount)..Math.Min(to, currentCount)];
        var expired = home.ExpiredCards[Math.Max(0, from - currentCount)..Math.Max(0, to - currentCount)];
        var sitePath = Paging.PathOf(string.Empty, number);
        var view = shared with
        {
            Current = new TrustedFragments(current),
            Expired = new TrustedFragments(expired),
            CurrentShown = current.Length,
            ExpiredShown = expired.Length,
        };
        var page = number == 1 ? sharedPage : sharedPage with
        {
            Title = Paging.Title(sharedPage.Title, number, count, model.Strings),
            Url = model.Urls.Url(sitePath),
            Canonical = model.Urls.Absolute(sitePath),
            // The person and their newest credentials are said once, on the first page.
            JsonLd = null,
        };
        var pager = Paging.Pager(model.Urls.BasePath, number, total, PageSize);
        renderer.RenderPage("home", page, bytes => writer.Write(sitePath + "index.html", bytes), ("home", view), ("pager", pager));
    }

    /// <summary>Page <paramref name="number"/> of a term's pages: its share of the cards of the term's credentials, in list order.</summary>
    public void Term(ListKind kind, TermLink link, IReadOnlyList<CredentialRender> members, int number, ISiteWriter writer)
    {
        var count = Paging.Count(members.Count, PageSize);
        var sitePath = Paging.PathOf(kind.PathOf(link.Slug), number);
        var cards = new byte[Math.Max(0, Math.Min(members.Count, number * PageSize) - (number - 1) * PageSize)][];
        for (var i = 0; i < cards.Length; i++) cards[i] = members[(number - 1) * PageSize + i].Card;
        var view = new TermView
        {
            Kind = kind.Name,
            Name = link.Name,
            Slug = link.Slug,
            Url = link.Url,
            Count = members.Count,
            Cards = new TrustedFragments(cards),
            IndexUrl = model.Urls.Url(kind.IndexPath),
            IndexTitle = kind.IndexTitle(model.Strings),
        };
        var page = new PageView
        {
            Kind = kind.Name,
            Title = Paging.Title(kind.Title(model.Strings, link.Name), number, count, model.Strings),
            Description = kind.Description(model.Strings, link.Name, members.Count),
            Url = model.Urls.Url(sitePath),
            Canonical = model.Urls.Absolute(sitePath),
        };
        var pager = Paging.Pager(link.Url, number, members.Count, PageSize);
        renderer.RenderPage(kind.Template, page, bytes => writer.Write(sitePath + "index.html", bytes), ("term", view), ("pager", pager));
    }

    /// <summary>The index of a kind's terms, most used first.</summary>
    public void Index(ListKind kind, ISiteWriter writer, string sitePath)
    {
        var groups = lists.Groups[kind];
        var items = model.Terms[kind].Terms.Where(t => groups.ContainsKey(t.Slug))
            .Select(t => model.Urls.Link(kind, t, groups[t.Slug].Count))
            .OrderByDescending(l => l.Count).ThenBy(l => l.Name, StringComparer.OrdinalIgnoreCase).ThenBy(l => l.Name, StringComparer.Ordinal)
            .ToArray();
        var title = kind.IndexTitle(model.Strings);
        var view = new TermsView { Kind = kind.Plural, Title = title, Items = items };
        var page = new PageView
        {
            Kind = kind.Plural,
            Title = title,
            Description = kind.IndexDescription(model.Strings, items.Length),
            Url = model.Urls.Url(kind.IndexPath),
            Canonical = model.Urls.Absolute(kind.IndexPath),
        };
        renderer.RenderPage("terms", page, bytes => writer.Write(sitePath, bytes), ("terms", view));
    }

    public void NotFound(ISiteWriter writer, string sitePath)
    {
        var page = new PageView
        {
            Kind = "not-found",
            Title = model.Strings.Get("notFound.title"),
            Description = model.Strings.Get("notFound.description"),
            Url = model.Urls.Url("404.html"),
        };
        renderer.RenderPage("404", page, bytes => writer.Write(sitePath, bytes));
    }

    private IReadOnlyList<TimelineBar> TimelineBars()
    {
        if (lists.Ordered.Length <= TimelineSvg.MaxCredentialBars)
        {
            return lists.Ordered.OrderBy(r => r.Credential.Issued).ThenBy(r => r.Credential.Slug, StringComparer.Ordinal)
                .Select(r => TimelineBar.Of(r.Credential, r.Expires, r.ExpiresPrecision, r.Status, r.View.Url))
                .ToArray();
        }
        // A large portfolio: one bar per provider (the busiest ones), so the picture stays readable and small.
        return ByProvider
            .OrderByDescending(p => p.Value.Count).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(TimelineSvg.MaxCredentialBars)
            .Select(p => lists.ProviderBars.For(p.Value))
            .OrderBy(b => b.Start).ThenBy(b => b.Label, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>The order statuses are listed in, the most current first.</summary>
    public static int StatusOrder(CredentialStatus status) => status switch
    {
        CredentialStatus.Active => 0,
        CredentialStatus.NoExpiry => 1,
        CredentialStatus.RenewalOpen => 2,
        CredentialStatus.Expiring => 3,
        _ => 4,
    };

    private static IReadOnlyList<FacetOption> Facets(IReadOnlyDictionary<string, IReadOnlyList<CredentialRender>> groups, TermIndex index) =>
        index.Terms.Where(t => groups.ContainsKey(t.Slug))
            .Select(t => new FacetOption(t.Slug, t.Name, groups[t.Slug].Count))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Ordinal)
            .ToArray();
}

/// <summary>
/// The members of every term page of every list kind, in list order, keyed by slug. Kept between rebuilds: a rebuild
/// moves only the re-rendered credentials in and out of their pages' lists (<see cref="Incremental.ListSplices"/>).
/// </summary>
internal sealed class ListGroups
{
    private readonly Dictionary<string, IReadOnlyList<CredentialRender>>[] _byKind;

    internal ListGroups(Dictionary<string, IReadOnlyList<CredentialRender>>[] byKind) => _byKind = byKind;

    /// <summary>The groups of each kind, by <see cref="ListKind.Index"/> (for a rebuild to splice; never changed).</summary>
    internal IReadOnlyList<Dictionary<string, IReadOnlyList<CredentialRender>>> ByKind => _byKind;

    /// <summary>The members of each term page of <paramref name="kind"/>, by slug.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CredentialRender>> this[ListKind kind] => _byKind[kind.Index];

    /// <summary>Groups <paramref name="renders"/> (in list order) by the terms of every kind: one pass over all (credential, term) pairs.</summary>
    public static ListGroups From(IReadOnlyList<CredentialRender> renders)
    {
        var kinds = ListKinds.All;
        var building = new Dictionary<string, List<CredentialRender>>[kinds.Count];
        for (var k = 0; k < building.Length; k++) building[k] = new Dictionary<string, List<CredentialRender>>(StringComparer.Ordinal);
        foreach (var render in renders)
        {
            for (var k = 0; k < building.Length; k++)
            {
                foreach (var slug in render.TermSlugs[k])
                {
                    if (!building[k].TryGetValue(slug, out var list)) building[k][slug] = list = [];
                    list.Add(render);
                }
            }
        }
        return new ListGroups(Array.ConvertAll(building, groups =>
            groups.ToDictionary(p => p.Key, p => (IReadOnlyList<CredentialRender>)p.Value.ToArray(), StringComparer.Ordinal)));
    }

    /// <summary>True when both have pages for the same slugs, each as many pages of <paramref name="pageSize"/> cards.</summary>
    public bool SamePages(ListGroups other, int pageSize)
    {
        for (var k = 0; k < _byKind.Length; k++)
        {
            if (_byKind[k].Count != other._byKind[k].Count) return false;
            foreach (var (slug, members) in _byKind[k])
            {
                if (!other._byKind[k].TryGetValue(slug, out var theirs) || Paging.Count(members.Count, pageSize) != Paging.Count(theirs.Count, pageSize)) return false;
            }
        }
        return true;
    }
}

/// <summary>
/// The home page's two lists (current and expired credentials, in list order, with their cards side by side) and its
/// counts. Kept between rebuilds and spliced like the term pages' lists, so the home page costs no pass over every credential.
/// </summary>
internal sealed record HomeLists(CredentialRender[] Current, byte[][] CurrentCards, CredentialRender[] Expired, byte[][] ExpiredCards,
    IReadOnlyDictionary<CredentialStatus, int> Statuses, IReadOnlyDictionary<string, int> Levels)
{
    public static HomeLists From(IReadOnlyList<CredentialRender> renders)
    {
        var current = renders.Where(r => r.Status != CredentialStatus.Expired).ToArray();
        var expired = renders.Where(r => r.Status == CredentialStatus.Expired).ToArray();
        var statuses = new Dictionary<CredentialStatus, int>();
        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        Count(statuses, levels, renders, 1);
        return new HomeLists(current, current.Select(r => r.Card).ToArray(), expired, expired.Select(r => r.Card).ToArray(), statuses, levels);
    }

    internal static void Count(Dictionary<CredentialStatus, int> statuses, Dictionary<string, int> levels, IEnumerable<CredentialRender> renders, int step)
    {
        foreach (var render in renders)
        {
            statuses[render.Status] = statuses.GetValueOrDefault(render.Status) + step;
            if (render.View.Level is not { } level) continue;
            var count = levels.GetValueOrDefault(level) + step;
            // A level nobody holds any more is no facet (a status keeps its zero: the page lists every status).
            if (count == 0) levels.Remove(level);
            else levels[level] = count;
        }
    }
}
