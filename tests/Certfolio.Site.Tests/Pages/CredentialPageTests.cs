using System.Text.Json;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Pages;

public sealed class CredentialPageTests
{
    [Fact]
    public void Shows_the_facts_a_verifier_needs()
    {
        // Given the basic fixture
        using var portfolio = TestPortfolio.Copy("basic");

        // When it is built
        var (_, site) = portfolio.Build();

        // Then the credential page has the title, provider link, status, dates, ID with a copy button and a Verify link
        var page = TestPortfolio.Html(site, "certifications/aws-devops/index.html");
        Assert.Equal("AWS Certified DevOps Engineer - Professional", page.QuerySelector("article.credential h1")!.TextContent);
        Assert.Equal("/certs/providers/amazon-web-services/", page.QuerySelector(".provider a")!.GetAttribute("href"));
        Assert.Equal("active", page.QuerySelector("[data-status]")!.TextContent);
        Assert.Equal("DOP-C02-789456", page.QuerySelector("code#credential-id")!.TextContent);
        Assert.Equal("credential-id", page.QuerySelector("button.copy")!.GetAttribute("data-copy"));
        Assert.Equal("https://www.credly.com/badges/example", page.QuerySelector("a.verify")!.GetAttribute("href"));
        var times = page.QuerySelectorAll(".facts-list time").Select(t => t.GetAttribute("datetime")!).ToArray();
        Assert.Equal(["2024-08-15", "2027-08-15"], times);
        Assert.Equal("(expires in 8 months)", page.QuerySelector("[data-relative]")!.TextContent);
        Assert.NotNull(page.QuerySelector("svg.validity line.tl-today"));
    }

    [Fact]
    public void Links_each_skill_to_its_page_with_distinct_slugs_for_colliding_names()
    {
        using var portfolio = TestPortfolio.Copy("basic");

        var (_, site) = portfolio.Build();

        var aws = TestPortfolio.Html(site, "certifications/aws-devops/index.html");
        var skills = aws.QuerySelectorAll("#skills-title + ul a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Contains("/certs/skills/c-sharp/", skills);
        Assert.Contains("/certs/skills/ci-cd-2/", skills);
        var cka = TestPortfolio.Html(site, "certifications/cka/index.html");
        var ckaSkills = cka.QuerySelectorAll("#skills-title + ul a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Contains("/certs/skills/c/", ckaSkills);
        Assert.Contains("/certs/skills/ci-cd/", ckaSkills);
        foreach (var href in skills.Concat(ckaSkills))
            Assert.True(site.Files.ContainsKey(href["/certs/".Length..] + "index.html"), href);
    }

    [Fact]
    public void Renders_the_markdown_body_with_tables_task_lists_code_languages_and_heading_ids()
    {
        using var portfolio = TestPortfolio.Copy("basic");

        var (_, site) = portfolio.Build();

        var prose = TestPortfolio.Html(site, "certifications/aws-devops/index.html").QuerySelector("section.prose")!;
        Assert.Equal("overview", prose.QuerySelector("h2")!.Id);
        Assert.NotNull(prose.QuerySelector("table td"));
        Assert.Equal(2, prose.QuerySelectorAll("input[type=checkbox]").Length);
        Assert.Equal("language-yaml", prose.QuerySelector("pre code")!.ClassName);
        Assert.Equal("/certs/images/diagram.svg", prose.QuerySelector("img")!.GetAttribute("src"));
        Assert.Equal("/certs/about/", prose.QuerySelectorAll("a").Last().GetAttribute("href"));
        Assert.True(site.Files.ContainsKey("images/diagram.svg"));
    }

    [Fact]
    public void Uses_the_logo_with_the_provider_as_alt_text_and_a_monogram_when_the_logo_is_missing()
    {
        using var portfolio = TestPortfolio.Copy("basic");

        var (_, site) = portfolio.Build();

        var logo = TestPortfolio.Html(site, "certifications/aws-devops/index.html").QuerySelector(".hero-logo img")!;
        Assert.Equal("/certs/logos/aws.svg", logo.GetAttribute("src"));
        Assert.Equal("Amazon Web Services", logo.GetAttribute("alt"));
        Assert.True(site.Files.ContainsKey("logos/aws.svg"));
        var monogram = TestPortfolio.Html(site, "certifications/cka/index.html").QuerySelector(".hero-logo svg.monogram")!;
        Assert.Equal("Cloud Native Computing Foundation", monogram.GetAttribute("aria-label"));
        Assert.Equal("CNCF", monogram.QuerySelector("text")!.TextContent);
        Assert.Null(TestPortfolio.Html(site, "certifications/cka/index.html").QuerySelector(".hero-logo img"));
    }

    [Fact]
    public void Describes_itself_to_search_engines_and_sharing_cards()
    {
        using var portfolio = TestPortfolio.Copy("basic");

        var (_, site) = portfolio.Build();

        var page = TestPortfolio.Html(site, "certifications/aws-devops/index.html");
        Assert.Equal("AWS Certified DevOps Engineer - Professional · Sam Rivera · Certifications", page.Title);
        Assert.Equal("https://example.dev/certs/certifications/aws-devops/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://example.dev/certs/certifications/aws-devops/", page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal("https://example.dev/certs/logos/aws.svg", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("summary", page.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
        Assert.StartsWith("default-src 'self'", page.QuerySelector("meta[http-equiv=Content-Security-Policy]")!.GetAttribute("content"));
        var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;
        Assert.Equal("EducationalOccupationalCredential", jsonLd.GetProperty("@type").GetString());
        Assert.Equal("Amazon Web Services", jsonLd.GetProperty("recognizedBy").GetProperty("name").GetString());
        Assert.Equal("https://www.credly.com/badges/example", jsonLd.GetProperty("url").GetString());
    }
}

public sealed class RenewalWindowTests
{
    [Fact]
    public void A_renewal_policy_opens_the_window_and_the_page_carries_its_date()
    {
        // Given a credential expiring in about seven months whose renewal block opens the window a year ahead
        var portfolio = InMemoryPortfolio.Parse("""
            -- certifications/isaca.md --
            ---
            title: "CISA"
            date: "2024-07-01"
            provider: "Example Body"
            expiryDate: "2027-07-01"
            renewal:
              windowDays: 365
            ---
            body
            """);

        // When the owner's view is built on 2026-11-26 (a visitor sees it as active: the window is the owner's business)
        var (result, site) = portfolio.Build(options: TestPortfolio.OwnerOptions());

        // Then it is renewal-open, the card carries the opening day, and the validity bar shades the window
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var card = TestPortfolio.Html(site, "index.html").QuerySelector("article[data-slug=isaca]")!;
        Assert.Equal("renewal open", card.QuerySelector("[data-status]")!.TextContent);
        Assert.Equal("2026-07-01", card.GetAttribute("data-renewal-opens"));
        Assert.NotNull(TestPortfolio.Html(site, "certifications/isaca/index.html").QuerySelector("svg.validity rect.tl-window"));
    }

    [Fact]
    public void A_credential_page_has_exactly_one_h1_even_when_its_body_starts_with_one()
    {
        // Given the example portfolio, whose bodies start with a "# Title" heading
        var portfolio = new Certfolio.Core.Portfolios.PortfolioLoader().Load(Path.Combine(TestPortfolio.RepositoryRoot, "examples", "portfolio"));
        var site = new Certfolio.Site.Publishing.MemorySiteWriter();
        TestPortfolio.Builder.Build(portfolio, TestPortfolio.Options(), site);

        // When each credential page is parsed
        foreach (var credential in portfolio.Credentials)
        {
            var page = TestPortfolio.Html(site, $"certifications/{credential.Slug}/index.html");

            // Then the only h1 is the credential's title
            Assert.Equal(credential.Title, Assert.Single(page.QuerySelectorAll("h1")).TextContent);
        }
    }
}
