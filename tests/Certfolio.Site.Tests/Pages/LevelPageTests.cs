using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Pages;

public sealed class LevelPageTests
{
    [Fact]
    public void A_level_page_lists_every_credential_at_that_level_newest_first()
    {
        // Given the basic fixture: two Professional credentials, one Associate, one without a level
        using var portfolio = TestPortfolio.Copy("basic");

        // When it is built
        var (_, site) = portfolio.Build();

        // Then /levels/professional/ shows exactly the two Professional cards, and the index counts each level
        var page = TestPortfolio.Html(site, "levels/professional/index.html");
        Assert.Equal(["aws-devops", "cka"], page.QuerySelectorAll("article.card").Select(c => c.GetAttribute("data-slug")!).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("Professional-level certifications 2", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("Levels", page.QuerySelector(".crumbs a")!.TextContent);
        var index = TestPortfolio.Html(site, "levels/index.html");
        Assert.Equal(["Professional 2", "Associate 1"], index.QuerySelectorAll(".term-list li").Select(li => li.TextContent).ToArray());
        Assert.Contains("<loc>https://example.dev/certs/levels/associate/</loc>", site.Text("sitemap.xml"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_level_badge_on_cards_and_credential_pages_links_to_the_level_page()
    {
        using var portfolio = TestPortfolio.Copy("basic");

        var (_, site) = portfolio.Build();

        var card = TestPortfolio.Html(site, "index.html").QuerySelector("article[data-slug=cka] a.level")!;
        Assert.Equal("/certs/levels/professional/", card.GetAttribute("href"));
        Assert.Equal("Professional", card.TextContent);
        var badge = TestPortfolio.Html(site, "certifications/old-cert/index.html").QuerySelector(".credential-hero a.level")!;
        Assert.Equal("/certs/levels/associate/", badge.GetAttribute("href"));
        // A credential without a level has no badge and no level page
        Assert.Null(TestPortfolio.Html(site, "certifications/pmp/index.html").QuerySelector(".level"));
    }

    [Fact]
    public void A_level_with_markup_is_escaped_on_its_page_its_badge_and_the_index()
    {
        // Given a level that looks like markup
        var portfolio = InMemoryPortfolio.Parse("""
            -- certfolio.yaml --
            title: "Levels"
            -- certifications/x.md --
            ---
            title: "X"
            date: "2024-01-01"
            provider: "P"
            level: "<b>Guru</b> & \"Co\""
            ---
            Body.
            """);

        // When it is built
        var (result, site) = portfolio.Build();

        // Then the level is text everywhere: no element is opened, the name reads as written
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var path = Assert.Single(site.Files.Keys, k => k.StartsWith("levels/", StringComparison.Ordinal) && k != "levels/index.html");
        var page = TestPortfolio.Html(site, path);
        Assert.Empty(page.QuerySelectorAll("main b, h1 b"));
        Assert.Equal("<b>Guru</b> & \"Co\"-level certifications 1", page.QuerySelector("h1")!.TextContent);
        var badge = TestPortfolio.Html(site, "certifications/x/index.html").QuerySelector("a.level")!;
        Assert.Equal("<b>Guru</b> & \"Co\"", badge.TextContent);
        Assert.Equal("../../" + path[..^"index.html".Length], badge.GetAttribute("href")); // no baseUrl: relative to the page
        Assert.DoesNotContain("<b>Guru", site.Text("levels/index.html"), StringComparison.Ordinal);
    }
}
