using AngleSharp.Dom;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Pages;

public sealed class BaseUrlTests
{
    [Fact]
    public void A_base_url_with_a_path_prefixes_every_root_relative_link_and_asset()
    {
        // Given a portfolio served from https://example.dev/certs/
        using var portfolio = TestPortfolio.Copy("basic");

        // When it is built
        var (_, site) = portfolio.Build();

        // Then every href and src in every page is under /certs/, absolute, a fragment or mailto
        foreach (var path in site.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)))
        {
            var document = TestPortfolio.Html(site, path);
            foreach (var element in document.QuerySelectorAll("[href], [src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                Assert.True(url.StartsWith("/certs/", StringComparison.Ordinal) || url.StartsWith("https://", StringComparison.Ordinal)
                            || url.StartsWith('#') || url.StartsWith("mailto:", StringComparison.Ordinal), $"{path}: {element.LocalName} {url}");
            }
        }
        Assert.Equal("/certs/", TestPortfolio.Html(site, "index.html").Body!.GetAttribute("data-base"));
    }

    [Fact]
    public void Without_a_base_url_the_build_warns_once_and_leaves_out_canonical_urls_and_the_sitemap()
    {
        // Given the basic fixture without its baseUrl
        using var portfolio = TestPortfolio.Copy("basic");
        var config = File.ReadAllLines(Path.Combine(portfolio.Root, "certfolio.yaml")).Where(l => !l.StartsWith("baseUrl", StringComparison.Ordinal));
        File.WriteAllLines(Path.Combine(portfolio.Root, "certfolio.yaml"), config);

        // When it is built
        var (result, site) = portfolio.Build();

        // Then there is exactly one CF0401 warning, no canonical link, no sitemap, and links are relative to the page
        Assert.True(result.Succeeded);
        Assert.Single(result.Diagnostics, d => d.Id == "CF0401");
        Assert.False(site.Files.ContainsKey("sitemap.xml"));
        Assert.DoesNotContain("Sitemap:", site.Text("robots.txt"));
        var page = TestPortfolio.Html(site, "certifications/cka/index.html");
        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Null(page.QuerySelector("meta[property='og:url']"));
        Assert.Equal("../../assets/site.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("../../skills/kubernetes/", page.QuerySelector("#skills-title + ul a")!.GetAttribute("href"));
        Assert.Equal("./assets/site.css", TestPortfolio.Html(site, "index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }

    [Fact]
    public void Without_a_base_url_every_page_link_and_asset_resolves_from_disk()
    {
        // Given the basic portfolio without a baseUrl
        using var portfolio = TestPortfolio.Copy("basic");
        var config = File.ReadAllLines(Path.Combine(portfolio.Root, "certfolio.yaml")).Where(l => !l.StartsWith("baseUrl", StringComparison.Ordinal));
        File.WriteAllLines(Path.Combine(portfolio.Root, "certfolio.yaml"), config);

        // When it is built
        var (_, site) = portfolio.Build();

        // Then, as a browser opening the files from disk would resolve them, every href and src of every page but the
        // 404 page (served at any depth) names a file the site has
        foreach (var pagePath in site.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal) && p != "404.html"))
        {
            var pageUri = new Uri(new Uri("file:///site/"), pagePath);
            foreach (var element in TestPortfolio.Html(site, pagePath).QuerySelectorAll("[href], [src]"))
            {
                var reference = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (reference.StartsWith('#') || reference.Contains(':')) continue;
                Assert.False(reference.StartsWith('/'), $"{pagePath}: '{reference}' starts at the root");
                if (element.Closest(".prose") is not null) continue; // the body may link to the owner's other pages (/about/)
                var target = new Uri(pageUri, reference).AbsolutePath["/site/".Length..];
                if (target.Length == 0 || target.EndsWith('/')) target += "index.html";
                Assert.True(site.Files.ContainsKey(target), $"{pagePath}: '{reference}' names {target}, which the site does not have");
            }
        }
    }

    [Fact]
    public void The_options_override_the_configured_base_url()
    {
        using var portfolio = TestPortfolio.Copy("basic");

        var (_, site) = portfolio.Build(options: TestPortfolio.Options() with { BaseUrl = "http://127.0.0.1:5080" });

        var page = TestPortfolio.Html(site, "index.html");
        Assert.Equal("http://127.0.0.1:5080/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("/assets/site.css", page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
    }
}
