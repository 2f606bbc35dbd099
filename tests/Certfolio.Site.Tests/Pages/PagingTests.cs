using System.Globalization;
using System.Text;
using Certfolio.Site.Pages;
using Certfolio.Site.Publishing;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Pages;

/// <summary>
/// List pages in pages of <c>pageSize</c> cards: page 1 at the list's path, page N at <c>PATH/page/N/</c>, a
/// navigation of plain links, and every credential reachable from the home page without a script.
/// </summary>
public sealed class PagingTests
{
    /// <summary>A portfolio of <paramref name="count"/> credentials (every third expired, all with skill Go, the even ones with Rust too), built in memory.</summary>
    private static (BuildResult Result, MemorySiteWriter Site) Build(int count, int pageSize, string baseUrl = "https://example.org/")
    {
        var text = new StringBuilder($"-- certfolio.yaml --\ntitle: \"Paged\"\nbaseUrl: \"{baseUrl}\"\npageSize: {pageSize}\n");
        for (var i = 0; i < count; i++)
        {
            var issued = new DateOnly(2020, 1, 1).AddDays(i * 3);
            var expires = i % 3 == 0 ? new DateOnly(2021, 1, 1).AddDays(i) : new DateOnly(2030, 1, 1);
            text.Append(CultureInfo.InvariantCulture, $"-- certifications/c{i:D3}.md --\n---\ntitle: \"Credential {i}\"\ndate: \"{issued:yyyy-MM-dd}\"\n")
                .Append(CultureInfo.InvariantCulture, $"expiryDate: \"{expires:yyyy-MM-dd}\"\nprovider: \"Acme\"\nskills: [{(i % 2 == 0 ? "\"Go\", \"Rust\"" : "\"Go\"")}]\n---\nText.\n");
        }
        return InMemoryPortfolio.Parse(text.ToString()).Build();
    }

    private static string[] Slugs(MemorySiteWriter site, string path) =>
        TestPortfolio.Html(site, path).QuerySelectorAll("article.card").Select(c => c.GetAttribute("data-slug")!).ToArray();

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(20, 2)]
    [InlineData(21, 3)]
    public void Counts_pages_of_a_list(int items, int expected) => Assert.Equal(expected, Paging.Count(items, 10));

    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 5, "1 2 3 4 5")]
    [InlineData(1, 9, "1 2 3 _ 9")]
    [InlineData(5, 9, "1 2 3 4 5 6 7 8 9")]
    [InlineData(6, 20, "1 _ 4 5 6 7 8 _ 20")]
    [InlineData(20, 20, "1 _ 18 19 20")]
    public void Links_the_first_and_last_page_and_two_either_side_of_the_current_one(int number, int count, string expected) =>
        Assert.Equal(expected, string.Join(' ', Paging.Window(number, count).Select(n => n == 0 ? "_" : n.ToString(CultureInfo.InvariantCulture))));

    [Fact]
    public void Splits_the_home_page_into_pages_of_the_configured_size_at_page_paths()
    {
        // Given 25 credentials and pages of 10
        // When built
        var (result, site) = Build(25, 10);

        // Then page 1 is the home page and pages 2 and 3 sit under /page/N/, with 10, 10 and 5 cards
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(10, Slugs(site, "index.html").Length);
        Assert.Equal(10, Slugs(site, "page/2/index.html").Length);
        Assert.Equal(5, Slugs(site, "page/3/index.html").Length);
        Assert.DoesNotContain("page/1/index.html", site.Files.Keys);
        Assert.DoesNotContain("page/4/index.html", site.Files.Keys);
        // Every credential exactly once across the pages
        var all = new[] { "index.html", "page/2/index.html", "page/3/index.html" }.SelectMany(p => Slugs(site, p)).ToArray();
        Assert.Equal(25, all.Distinct().Count());
        Assert.Equal(25, all.Length);
    }

    [Fact]
    public void A_pages_navigation_is_a_labelled_nav_of_plain_links_marking_the_current_page()
    {
        // Given 25 credentials in pages of 10
        var (_, site) = Build(25, 10);

        // When page 2 is read
        var page = TestPortfolio.Html(site, "page/2/index.html");

        // Then its navigation names itself, links the previous, next and every page, and marks page 2 as current
        var nav = Assert.Single(page.QuerySelectorAll("nav[aria-label=Pages]"));
        Assert.Equal("/", nav.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/page/3/", nav.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal(["/", "/page/2/", "/page/3/"], nav.QuerySelectorAll("li a:not([rel])").Select(a => a.GetAttribute("href")!).ToArray());
        var current = Assert.Single(nav.QuerySelectorAll("[aria-current=page]"));
        Assert.Equal("/page/2/", current.GetAttribute("href"));
        Assert.Contains("11–20 of 25", nav.TextContent);
        Assert.Equal("https://example.org/page/2/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Contains("page 2 of 3", page.Title);
        Assert.NotNull(page.QuerySelector("h1"));
        // The first page has no previous link, the last no next one, and a list on one page no navigation at all
        Assert.Null(TestPortfolio.Html(site, "index.html").QuerySelector("nav[aria-label=Pages] a[rel=prev]"));
        Assert.Null(TestPortfolio.Html(site, "page/3/index.html").QuerySelector("nav[aria-label=Pages] a[rel=next]"));
        Assert.Null(TestPortfolio.Html(Build(5, 10).Site, "index.html").QuerySelector("nav[aria-label=Pages]"));
    }

    [Fact]
    public void Pages_term_pages_alike_under_their_own_path()
    {
        // Given 25 credentials with skill Go (13 of them with Rust) in pages of 10
        var (_, site) = Build(25, 10);

        // Then /skills/go/ has three pages and /skills/rust/ two, each linking its own pages
        Assert.Equal(10, Slugs(site, "skills/go/index.html").Length);
        Assert.Equal(5, Slugs(site, "skills/go/page/3/index.html").Length);
        Assert.Equal(3, Slugs(site, "skills/rust/page/2/index.html").Length);
        Assert.DoesNotContain("skills/rust/page/3/index.html", site.Files.Keys);
        var nav = TestPortfolio.Html(site, "skills/rust/page/2/index.html").QuerySelector("nav[aria-label=Pages]")!;
        Assert.Equal("/skills/rust/", nav.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        // And the sitemap lists the pages
        var sitemap = site.Text("sitemap.xml");
        Assert.Contains("<loc>https://example.org/page/3/</loc>", sitemap);
        Assert.Contains("<loc>https://example.org/skills/go/page/2/</loc>", sitemap);
    }

    [Fact]
    public void Every_credential_is_reachable_from_the_home_page_by_plain_links()
    {
        // Given 47 credentials in pages of 4 (12 home pages, so the navigation leaves gaps), under a base path
        var (_, site) = Build(47, 4, "https://example.org/certs/");

        // When every link of every reached page is followed from the home page, as a crawler without scripts does
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(["index.html"]);
        while (queue.Count > 0)
        {
            var path = queue.Dequeue();
            if (!reached.Add(path)) continue;
            foreach (var link in TestPortfolio.Html(site, path).QuerySelectorAll("a[href]"))
            {
                var href = link.GetAttribute("href")!;
                if (!href.StartsWith("/certs/", StringComparison.Ordinal)) continue;
                var target = href["/certs/".Length..].Split('#')[0];
                if (target.Length == 0 || target.EndsWith('/')) target += "index.html";
                if (target.EndsWith(".html", StringComparison.Ordinal) && site.Files.ContainsKey(target)) queue.Enqueue(target);
            }
        }

        // Then every credential's page was reached, and every page of the home list
        for (var i = 0; i < 47; i++) Assert.Contains($"certifications/c{i:D3}/index.html", reached);
        for (var n = 2; n <= 12; n++) Assert.Contains($"page/{n}/index.html", reached);
    }

    [Fact]
    public void Shows_the_expired_cards_of_a_page_open_when_it_has_no_current_ones()
    {
        // Given 30 credentials, 10 of them expired (listed after the current ones), in pages of 10
        var (_, site) = Build(30, 10);

        // Then page 2 holds the last current cards and no expired ones, page 3 only expired ones, shown open
        var two = TestPortfolio.Html(site, "page/2/index.html");
        Assert.Null(two.QuerySelector("#expired-section"));
        Assert.Equal(10, two.QuerySelectorAll("#current article.card").Length);
        var three = TestPortfolio.Html(site, "page/3/index.html");
        Assert.Empty(three.QuerySelectorAll("#current article.card"));
        Assert.True(three.QuerySelector("#expired-section")!.HasAttribute("open"));
        Assert.Equal(10, three.QuerySelectorAll("#expired-section article.card").Length);
    }
}
