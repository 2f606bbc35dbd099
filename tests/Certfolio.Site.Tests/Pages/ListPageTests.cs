using System.Text.Json;
using System.Xml.Linq;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Pages;

public sealed class ListPageTests
{
    [Fact]
    public void A_skill_page_lists_every_credential_with_that_skill_newest_first()
    {
        using var portfolio = TestPortfolio.Copy("basic");

        var (_, site) = portfolio.Build();

        var page = TestPortfolio.Html(site, "skills/aws/index.html");
        Assert.Equal(["aws-devops", "old-cert"], page.QuerySelectorAll("article.card").Select(c => c.GetAttribute("data-slug")!).ToArray());
        Assert.Equal("AWS certifications 2", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void A_provider_page_lists_its_credentials_and_the_index_counts_them()
    {
        using var portfolio = TestPortfolio.Copy("basic");

        var (_, site) = portfolio.Build();

        var provider = TestPortfolio.Html(site, "providers/amazon-web-services/index.html");
        Assert.Equal(2, provider.QuerySelectorAll("article.card").Length);
        var index = TestPortfolio.Html(site, "providers/index.html");
        var first = index.QuerySelector(".term-list li")!;
        Assert.Equal("Amazon Web Services 2", first.TextContent);
        Assert.Equal(3, index.QuerySelectorAll(".term-list li").Length);
    }

    [Fact]
    public void The_skills_index_lists_every_skill_with_its_count()
    {
        using var portfolio = TestPortfolio.Copy("basic");

        var (_, site) = portfolio.Build();

        var items = TestPortfolio.Html(site, "skills/index.html").QuerySelectorAll(".term-list li").Select(li => li.TextContent).ToArray();
        Assert.Equal("AWS 2", items[0]);
        Assert.Equal(11, items.Length);
        Assert.Contains("C# 1", items);
        Assert.Contains("C 1", items);
    }

    [Fact]
    public void Writes_a_404_page_sitemap_robots_feed_favicon_and_search_index()
    {
        using var portfolio = TestPortfolio.Copy("basic");

        var (_, site) = portfolio.Build();

        Assert.Equal("Page not found", TestPortfolio.Html(site, "404.html").QuerySelector("h1")!.TextContent);
        var sitemap = XDocument.Parse(site.Text("sitemap.xml"));
        var locs = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToArray();
        Assert.Contains("https://example.dev/certs/", locs);
        Assert.Contains("https://example.dev/certs/certifications/cka/", locs);
        Assert.Contains("https://example.dev/certs/skills/c-sharp/", locs);
        Assert.Contains("Sitemap: https://example.dev/certs/sitemap.xml", site.Text("robots.txt"));
        var feed = XDocument.Parse(site.Text("feed.xml"));
        var entries = feed.Descendants().Where(e => e.Name.LocalName == "entry").ToArray();
        Assert.Equal(4, entries.Length);
        Assert.Equal("Certified Kubernetes Administrator", entries[0].Elements().First(e => e.Name.LocalName == "title").Value);
        Assert.True(site.Files.ContainsKey("assets/favicon.svg"));
        // The index, one array per credential in list order (compact: by position, no names; SearchIndexTests)
        var index = SearchIndex.Read(site);
        Assert.Equal("cka", index[0].Slug);
        Assert.Equal("Certified Kubernetes Administrator", index[0].Title);
        Assert.Equal(["aws-devops", "cka", "old-cert", "pmp"], index.Select(e => e.Slug).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Keeps_the_stylesheet_and_script_within_their_budgets()
    {
        using var portfolio = TestPortfolio.Copy("basic");

        var (_, site) = portfolio.Build();

        Assert.InRange(site.Files["assets/site.css"].Length, 1, 20 * 1024 - 1);
        // The filter script draws and pages its results from the index (the home page no longer holds every card), and
        // carries the strings of the site's language it names.
        Assert.InRange(site.Files["assets/site.js"].Length, 1, 18 * 1024 - 1);
        // The search itself (index, matching, sorting) runs in a worker of its own, fetched when the page is idle; it reads
        // the index's word numbers, which keep the index a third of the text it stands for (2 MB less at 10,000), into
        // typed arrays per entry, which answer a first keystroke at 10,000 in a quarter of the time of scanning the strings.
        Assert.InRange(site.Files["assets/search.js"].Length, 1, 10 * 1024 - 1);
    }
}
