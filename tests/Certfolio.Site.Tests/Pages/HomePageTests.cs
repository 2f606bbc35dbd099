using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Pages;

public sealed class HomePageTests
{
    [Fact]
    public void Lists_current_credentials_as_cards_and_expired_ones_in_a_collapsed_section()
    {
        // Given the basic fixture with one expired credential
        using var portfolio = TestPortfolio.Copy("basic");

        // When it is built
        var (result, site) = portfolio.Build();

        // Then the home page shows three current cards, newest first, and the expired one inside a closed <details>
        Assert.True(result.Succeeded);
        var home = TestPortfolio.Html(site, "index.html");
        var current = home.QuerySelectorAll("#current article.card").Select(c => c.GetAttribute("data-slug")!).ToArray();
        Assert.Equal(["cka", "aws-devops", "pmp"], current);
        var expired = home.QuerySelector("details#expired-section")!;
        Assert.False(expired.HasAttribute("open"));
        Assert.Equal("old-cert", expired.QuerySelector("article.card")!.GetAttribute("data-slug"));
    }

    [Fact]
    public void The_page_title_names_the_owner_once_when_the_site_title_already_does()
    {
        // Given a site titled "Sam Rivera · Certifications" owned by Sam Rivera
        using var portfolio = TestPortfolio.Copy("basic");

        // When it is built
        var (_, site) = portfolio.Build();

        // Then the home page's <title> is the site title alone
        Assert.Equal("Sam Rivera · Certifications", TestPortfolio.Html(site, "index.html").Title);
    }

    [Fact]
    public void Shows_the_owner_header_and_counts_by_status()
    {
        using var portfolio = TestPortfolio.Copy("basic");

        // (the owner's view: a visitor sees "3 current", not the to-do counts)
        var (_, site) = portfolio.Build(options: TestPortfolio.OwnerOptions());

        var home = TestPortfolio.Html(site, "index.html");
        Assert.Equal("Sam Rivera", home.QuerySelector("h1#owner-name")!.TextContent);
        Assert.Equal("Platform engineer", home.QuerySelector(".headline")!.TextContent);
        Assert.Equal("/certs/images/avatar.svg", home.QuerySelector("img.avatar")!.GetAttribute("src"));
        var links = home.QuerySelectorAll(".links a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Equal(["https://github.com/samrivera", "mailto:sam@example.dev"], links);
        // (counted as the CLI counts them: a credential without expiry is not one more "active")
        Assert.Equal("1 active", home.QuerySelector("[data-count=active]")!.TextContent);
        Assert.Equal("1 no expiry", home.QuerySelector("[data-count=no-expiry]")!.TextContent);
        Assert.Equal("1 expiring soon", home.QuerySelector("[data-count=expiring]")!.TextContent);
        Assert.Equal("1 expired", home.QuerySelector("[data-count=expired]")!.TextContent);
    }

    [Fact]
    public void The_footer_writes_the_build_day_in_the_configured_date_format()
    {
        // Given a portfolio whose dates are written dd.MM.yyyy
        using var portfolio = TestPortfolio.Copy("basic");

        // When it is built on 11 November 2026
        var (_, site) = portfolio.Build(new DateOnly(2026, 11, 11));

        // Then the footer says 11.11.2026, with the ISO date kept for the script
        var time = TestPortfolio.Html(site, "index.html").QuerySelector("footer time[data-build-date]")!;
        Assert.Equal("11.11.2026", time.TextContent);
        Assert.Equal("2026-11-11", time.GetAttribute("datetime"));
    }

    [Fact]
    public void Counts_a_credential_as_expiring_inside_the_window_and_expired_the_day_after_its_expiry()
    {
        using var portfolio = TestPortfolio.Copy("basic");

        // The CKA expires on 2027-02-10; the window is 90 days.
        var (_, before) = portfolio.Build(new DateOnly(2026, 11, 11));
        var (_, onDay) = portfolio.Build(new DateOnly(2027, 2, 10));
        var (_, after) = portfolio.Build(new DateOnly(2027, 2, 11));

        string StatusOfCka(Certfolio.Site.Publishing.MemorySiteWriter site) =>
            TestPortfolio.Html(site, "index.html").QuerySelector("article[data-slug=cka] [data-status]")!.TextContent;
        Assert.Equal("active", StatusOfCka(before));
        Assert.Equal("expiring", StatusOfCka(onDay));
        Assert.Equal("expired", StatusOfCka(after));
    }

    [Fact]
    public void Carries_the_dates_the_browser_needs_to_recompute_statuses()
    {
        using var portfolio = TestPortfolio.Copy("basic");

        var (_, site) = portfolio.Build();

        var home = TestPortfolio.Html(site, "index.html");
        Assert.Equal("2026-11-26", home.Body!.GetAttribute("data-today"));
        Assert.Equal("90", home.Body!.GetAttribute("data-expiring-days"));
        var card = home.QuerySelector("article[data-slug=aws-devops]")!;
        Assert.Equal("2024-08-15", card.GetAttribute("data-issued"));
        Assert.Equal("2027-08-15", card.GetAttribute("data-expires"));
        Assert.Null(home.QuerySelector("article[data-slug=pmp]")!.GetAttribute("data-expires"));
    }

    [Fact]
    public void Draws_a_timeline_bar_per_credential_linking_to_its_page()
    {
        using var portfolio = TestPortfolio.Copy("basic");

        var (_, site) = portfolio.Build();

        var svg = TestPortfolio.Html(site, "index.html").QuerySelector("svg.timeline")!;
        var bars = svg.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Equal(4, bars.Length);
        Assert.Contains("/certs/certifications/cka/", bars);
        Assert.NotNull(svg.QuerySelector("rect.tl-expired"));
        Assert.NotNull(svg.QuerySelector("line.tl-today"));
    }

    [Fact]
    public void Offers_filters_hidden_until_the_script_enables_them()
    {
        using var portfolio = TestPortfolio.Copy("basic");

        var (_, site) = portfolio.Build();

        var form = TestPortfolio.Html(site, "index.html").QuerySelector("form#filters")!;
        Assert.True(form.HasAttribute("hidden"));
        var skills = form.QuerySelectorAll("select[name=skill] option").Select(o => o.GetAttribute("value")).ToArray();
        Assert.Equal("aws", skills[1]);
        Assert.Contains("c-sharp", skills);
    }

    [Fact]
    public void Dates_known_to_the_month_show_as_months_on_the_home_timeline_and_on_the_owners_dashboard()
    {
        // Given a credential imported from LinkedIn: issued and expiring in a month, no day known (issue 13)
        var portfolio = InMemoryPortfolio.Parse("""
            -- certfolio.yaml --
            owner:
              name: Sam
            -- certifications/ccp.md --
            ---
            title: "AWS Certified Cloud Practitioner"
            date: "01.03.2022"
            provider: "Amazon Web Services"
            expiryDate: "01.03.2027"
            datePrecision: month
            ---
            """);

        // When the owner's site is built
        var (result, site) = portfolio.Build(options: TestPortfolio.OwnerOptions());

        // Then the timeline bar names both dates as months, never as a day nobody wrote
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var bar = TestPortfolio.Html(site, "index.html").QuerySelector("svg.timeline a")!;
        Assert.Equal("AWS Certified Cloud Practitioner: 03.2022 – 03.2027 (active)", bar.GetAttribute("aria-label"));
        Assert.Equal(bar.GetAttribute("aria-label"), bar.QuerySelector("rect.tl-bar title")!.TextContent);
        var dashboard = TestPortfolio.Html(site, "owner/index.html").Body!.TextContent;
        Assert.DoesNotContain("01.03.2027", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("31.03.2027", dashboard, StringComparison.Ordinal);
    }
}
