using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Integration;

/// <summary>Whole sites from one string, built on an in-memory file system: nothing is read from or written to disk.</summary>
public sealed class InMemoryPortfolioTests
{
    private const string Site = """
        -- certfolio.yaml --
        title: "In memory"
        baseUrl: "https://example.org/"
        owner:
          name: "Ada"
          avatar: "/images/avatar.svg"
        -- public/images/avatar.svg --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>
        -- public/logos/acme.svg --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><circle r="1"/></svg>
        -- certifications/alpha.md --
        ---
        title: "Alpha"
        date: "2024-01-10"
        provider: "Acme"
        skills: ["Go", "Rust"]
        level: "Associate"
        logo: "/logos/acme.svg"
        ---
        # Alpha

        ![diagram](/images/avatar.svg)
        -- certifications/beta.md --
        ---
        title: "Beta"
        date: "2025-03-01"
        provider: "Acme"
        skills: ["Go"]
        ---
        Text.
        """;

    [Fact]
    public void A_portfolio_in_one_string_builds_its_pages_and_publishes_its_assets_from_memory()
    {
        // Given a portfolio that exists only in memory
        var portfolio = InMemoryPortfolio.Parse(Site);

        // When it is built
        var (result, site) = portfolio.Build();

        // Then every page is there, and the logo and avatar were copied from the in-memory files
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("certifications/alpha/index.html", site.Files.Keys);
        Assert.Equal(["alpha", "beta"], TestPortfolio.Html(site, "skills/go/index.html").QuerySelectorAll("article.card").Select(c => c.GetAttribute("data-slug")!).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(portfolio.FileSystem.ReadAllBytes(InMemoryPortfolio.Root + "/public/logos/acme.svg"), site.Files["logos/acme.svg"]);
        Assert.True(site.Files.ContainsKey("images/avatar.svg"));
        Assert.Equal("/images/avatar.svg", TestPortfolio.Html(site, "certifications/alpha/index.html").QuerySelector(".prose img")!.GetAttribute("src"));
    }

    [Fact]
    public void A_rebuild_of_an_in_memory_portfolio_is_incremental()
    {
        var portfolio = InMemoryPortfolio.Parse(Site);
        var site = new Certfolio.Site.Publishing.MemorySiteWriter();
        var first = TestPortfolio.Builder.Build(portfolio.Load(), portfolio.Options(), site);

        var second = TestPortfolio.Builder.Rebuild(first.State!, portfolio.Load(), ["certifications/beta.md"], site);

        Assert.True(second.Incremental);
        Assert.Contains("certifications/beta/index.html", second.ChangedPaths);
    }
}
