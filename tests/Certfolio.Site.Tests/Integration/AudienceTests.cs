using System.Text;
using Certfolio.Site.Publishing;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Integration;

/// <summary>
/// Two audiences, one portfolio: a visitor build shows the credentials, their validity and verification, and nothing
/// of the owner's renewal to-do list unless certfolio.yaml's <c>public:</c> switches it on; the owner's view shows
/// everything, marks what visitors do not see, and has a dashboard.
/// </summary>
public sealed class AudienceTests
{
    private const string Marker = "Only you see this";

    private static readonly string Example = Path.Combine(TestPortfolio.RepositoryRoot, "examples", "portfolio");

    private static MemorySiteWriter Build(SiteOptions options, string? publicSwitches = null)
    {
        using var portfolio = TestPortfolio.Copy(Example);
        if (publicSwitches is not null) File.AppendAllText(Path.Combine(portfolio.Root, "certfolio.yaml"), publicSwitches);
        var (result, site) = portfolio.Build(options: options);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return site;
    }

    private static IEnumerable<(string Path, string Text)> TextFiles(MemorySiteWriter site) =>
        site.Files.Where(f => !f.Key.StartsWith("assets/", StringComparison.Ordinal) && !f.Key.StartsWith("images/", StringComparison.Ordinal)
                              && !f.Key.StartsWith("logos/", StringComparison.Ordinal))
            .Select(f => (f.Key, Encoding.UTF8.GetString(f.Value)));

    private static void NowhereIn(MemorySiteWriter site, params string[] texts)
    {
        foreach (var (path, text) in TextFiles(site))
        {
            foreach (var forbidden in texts) Assert.False(text.Contains(forbidden, StringComparison.Ordinal), $"{path} contains '{forbidden}'");
        }
    }

    [Fact]
    public void A_visitor_build_publishes_no_credits_milestones_calendar_add_to_profile_links_or_to_do_counts()
    {
        // Given the example portfolio, whose CISSP has a credit policy and training logged, and no public: switches
        // When it is built for visitors
        var site = Build(TestPortfolio.Options());

        // Then no page, index or feed carries any part of the owner's to-do list
        NowhereIn(site,
            "credit-bar", "Credits:", "class=\"credits\"", // credit progress
            "class=\"milestones\"", "Renewal opens", "data-renewal-opens", "renewal-open\"", "renewal open", // milestones, the renewal window
            "calendar.ics", "Add renewals to your calendar", "text/calendar", // the calendar
            "Add to LinkedIn", "linkedin.com/profile/add", // add-to-profile
            "expiring soon", "data-count=\"expiring\"", "data-count=\"expired\"", // to-do counts
            Marker, "/owner/", "Your dashboard"); // the owner's view
        Assert.False(site.Files.ContainsKey("calendar.ics"));
        Assert.DoesNotContain(site.Files.Keys, path => path.StartsWith("owner/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_visitor_build_still_shows_validity_and_verification()
    {
        var site = Build(TestPortfolio.Options());

        // The home page says how many credentials are current, and every credential page its validity and how to verify it
        var home = TestPortfolio.Html(site, "index.html");
        Assert.Matches(@"^\d+ current$", home.QuerySelector("[data-count=current]")!.TextContent);
        var cissp = TestPortfolio.Html(site, "certifications/cissp/index.html");
        Assert.NotNull(cissp.QuerySelector("a.verify"));
        Assert.NotNull(cissp.QuerySelector(".facts-list time[datetime]"));
        Assert.Null(cissp.QuerySelector("section.renewal"));
        Assert.Equal("This credential does not expire.", TestPortfolio.Html(site, "certifications/azure-fundamentals/index.html").QuerySelector(".renewal-none")!.TextContent);
        Assert.Contains("Allow: /", site.Text("robots.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_owner_build_shows_everything_marked_and_adds_the_dashboard()
    {
        // Given the example portfolio
        // When the owner's view is built
        var site = Build(TestPortfolio.OwnerOptions());

        // Then credential pages carry credits, milestones and add-to-profile links, each marked as the owner's alone
        var cissp = TestPortfolio.Html(site, "certifications/cissp/index.html");
        Assert.NotNull(cissp.QuerySelector("progress.credit-bar"));
        Assert.NotEmpty(cissp.QuerySelectorAll("ol.milestones li"));
        Assert.NotNull(cissp.QuerySelector("a.linkedin"));
        Assert.True(cissp.QuerySelectorAll(".owner-only").Length >= 3);
        Assert.All(cissp.QuerySelectorAll(".owner-only"), marker => Assert.Equal(Marker, marker.TextContent));
        // And the home page has the to-do counts (marked), the calendar (linked, marked) and a link to the dashboard
        var home = TestPortfolio.Html(site, "index.html");
        Assert.NotNull(home.QuerySelector("[data-count=expiring]"));
        Assert.NotNull(home.QuerySelector(".facts .owner-only"));
        Assert.Equal("/calendar.ics", home.QuerySelectorAll("footer a").Single(a => a.TextContent == "Add renewals to your calendar").GetAttribute("href"));
        Assert.NotNull(home.QuerySelector("footer .owner-only"));
        Assert.Equal("/owner/", home.QuerySelectorAll("nav a").Single(a => a.TextContent == "Your dashboard").GetAttribute("href"));
        Assert.StartsWith("BEGIN:VCALENDAR", site.Text("calendar.ics"), StringComparison.Ordinal);
        // And no page of it is for a search engine's index
        Assert.Equal("noindex, nofollow", home.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Equal("User-agent: *\nDisallow: /\n", site.Text("robots.txt"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_search_index_carries_the_renewal_window_only_where_the_cards_show_it(bool owner)
    {
        // Given the example, whose Azure Solutions Architect Expert is in its renewal window on the build day
        // When it is built for the owner, or for visitors
        var site = Build(owner ? TestPortfolio.OwnerOptions() : TestPortfolio.Options());

        // Then the index gives the card drawn from it the window's opening as the server's card has it, or nothing at all
        var card = TestPortfolio.Html(site, "index.html").QuerySelector("article.card[data-slug='azure-solutions-architect-expert']")!;
        var entries = SearchIndex.Read(site);
        var entry = entries.Single(e => e.Slug == "azure-solutions-architect-expert");
        Assert.Equal(owner ? "status-renewal-open" : "status-active", card.ClassList.Single(c => c.StartsWith("status-", StringComparison.Ordinal)));
        Assert.Equal(card.GetAttribute("data-renewal-opens"), entry.RenewalOpens);
        Assert.Equal(owner, entries.Any(e => e.RenewalOpens is not null));
    }

    [Fact]
    public void The_owners_dashboard_lists_what_needs_attention_credits_the_calendar_and_add_to_profile_links()
    {
        var site = Build(TestPortfolio.OwnerOptions());

        var dashboard = TestPortfolio.Html(site, "owner/index.html");
        Assert.Equal("Your dashboard", dashboard.QuerySelector("h1")!.TextContent);
        Assert.Equal(Marker, dashboard.QuerySelector("main .owner-only")!.TextContent);
        Assert.NotEmpty(dashboard.QuerySelectorAll("ul.attention li"));
        var credits = dashboard.QuerySelectorAll("table.credits-table tbody tr").ToArray();
        Assert.Contains(credits, row => row.QuerySelector("th a")!.GetAttribute("href") == "/certifications/cissp/");
        Assert.NotNull(dashboard.QuerySelector("main a[href='/calendar.ics']"));
        Assert.Equal(10, dashboard.QuerySelectorAll("ul.profile-links a.linkedin").Length);
    }

    [Fact]
    public void At_a_teams_size_each_dashboard_list_shows_200_and_says_how_many_more_there_are()
    {
        // Given the example and 250 more credentials, all needing attention (expired last year)
        using var portfolio = TestPortfolio.Copy(Example);
        for (var i = 0; i < 250; i++)
        {
            portfolio.Write($"certifications/team-{i:D3}.md",
                $"---\ntitle: \"Team Credential {i}\"\ndate: \"2020-01-01\"\nexpiryDate: \"2023-01-01\"\nprovider: \"Acme\"\n---\n");
        }

        // When the owner's view is built
        var (result, site) = portfolio.Build(options: TestPortfolio.OwnerOptions());

        // Then the attention and profile lists stop at 200 and name the rest
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var dashboard = TestPortfolio.Html(site, "owner/index.html");
        Assert.Equal(200, dashboard.QuerySelectorAll("ul.attention li").Length);
        Assert.Equal(200, dashboard.QuerySelectorAll("ul.profile-links a.linkedin").Length);
        var more = dashboard.QuerySelectorAll(".list-more").Select(p => p.TextContent).ToArray();
        Assert.Equal(2, more.Length);
        Assert.Matches(@"^\d+ more; all of them: certfolio status$", more[0]);
        Assert.Equal("60 more, each on its credential's page.", more[1]);
        Assert.Equal(250 + 10 - 200, int.Parse(more[1].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Public_switches_publish_each_part_to_visitors_without_a_marker_or_a_dashboard()
    {
        // Given every public: switch on
        var site = Build(TestPortfolio.Options(), "public:\n  renewal: true\n  credits: true\n  calendar: true\n  addToProfile: true\n");

        // Then visitors see each part, none is marked as the owner's alone, and there is still no dashboard
        var cissp = TestPortfolio.Html(site, "certifications/cissp/index.html");
        Assert.NotNull(cissp.QuerySelector("progress.credit-bar"));
        Assert.NotEmpty(cissp.QuerySelectorAll("ol.milestones li"));
        Assert.NotNull(cissp.QuerySelector("a.linkedin"));
        Assert.NotNull(TestPortfolio.Html(site, "index.html").QuerySelector("[data-count=expiring]"));
        Assert.True(site.Files.ContainsKey("calendar.ics"));
        NowhereIn(site, Marker, "/owner/", "noindex");
        Assert.DoesNotContain(site.Files.Keys, path => path.StartsWith("owner/", StringComparison.Ordinal));
    }

    [Fact]
    public void One_switch_publishes_only_its_own_part()
    {
        // Given only the calendar switched on
        var site = Build(TestPortfolio.Options(), "public:\n  calendar: true\n");

        // Then the calendar is published and linked, and the rest of the to-do list is not
        Assert.True(site.Files.ContainsKey("calendar.ics"));
        Assert.Equal("/calendar.ics", TestPortfolio.Html(site, "index.html").QuerySelectorAll("footer a").Single(a => a.TextContent == "Add renewals to your calendar").GetAttribute("href"));
        NowhereIn(site, "credit-bar", "class=\"milestones\"", "Add to LinkedIn", "expiring soon", Marker);
    }

    [Fact]
    public void The_owner_build_marks_only_what_visitors_do_not_see()
    {
        // Given credits published, and nothing else
        var site = Build(TestPortfolio.OwnerOptions(), "public:\n  credits: true\n");

        // Then the owner's view marks the milestones but not the credits
        var cissp = TestPortfolio.Html(site, "certifications/cissp/index.html");
        Assert.Null(cissp.QuerySelector(".credits .owner-only"));
        Assert.NotNull(cissp.QuerySelector("section.renewal > .owner-only + ol.milestones"));
    }

    [Fact]
    public void An_owner_rebuild_after_a_title_edit_is_the_full_owner_build()
    {
        // Given the owner's view of the example, as serve builds it
        using var portfolio = TestPortfolio.Copy(Example);
        var site = new MemorySiteWriter();
        var first = TestPortfolio.Builder.Build(portfolio.Load(), TestPortfolio.OwnerOptions(), site);

        // When CISSP's title changes and only that document is rebuilt
        var path = Path.Combine(portfolio.Root, "certifications", "cissp.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("title: \"", "title: \"Renamed ", StringComparison.Ordinal));
        var second = TestPortfolio.Builder.Rebuild(first.State!, portfolio.Load(), ["certifications/cissp.md"], site);

        // Then the dashboard was rewritten, and every file is the full owner build's (SameSite)
        Assert.True(second.Incremental);
        Assert.Contains("owner/index.html", second.ChangedPaths);
        var (_, full) = portfolio.Build(options: TestPortfolio.OwnerOptions());
        SameSite.AssertSame(full, site);
    }

    [Fact]
    public void A_visitor_build_over_the_owners_view_leaves_no_owner_file_behind()
    {
        // Given the owner's view in a writer, as a long-lived caller keeps it
        using var portfolio = TestPortfolio.Copy(Example);
        var site = new MemorySiteWriter();
        var owner = TestPortfolio.Builder.Build(portfolio.Load(), TestPortfolio.OwnerOptions(), site);
        Assert.True(site.Files.ContainsKey("calendar.ics") && site.Files.ContainsKey("owner/index.html"));

        // When the same state is rebuilt for visitors (another audience: a full build)
        var visitor = TestPortfolio.Builder.Rebuild(owner.State!, portfolio.Load(), [], site, TestPortfolio.Options());

        // Then the calendar and the dashboard are gone, and the files are a fresh visitor build's
        Assert.False(visitor.Incremental);
        var (_, fresh) = portfolio.Build();
        Assert.Equal(fresh.Files.Keys.Order(StringComparer.Ordinal), site.Files.Keys.Order(StringComparer.Ordinal));
    }
}
