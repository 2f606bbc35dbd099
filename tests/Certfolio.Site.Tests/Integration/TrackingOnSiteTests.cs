using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Status;
using Certfolio.Core.Time;
using Certfolio.Interop.LinkedIn;
using Certfolio.Site.Publishing;
using Certfolio.Site.Tests.Support;
using Ical.Net;

namespace Certfolio.Site.Tests.Integration;

/// <summary>
/// The owner's view of the site shows what <c>certfolio status</c> and <c>certfolio calendar</c> compute, from the same
/// tracking report (a visitor's shows less: <c>AudienceTests</c>).
/// </summary>
public sealed class TrackingOnSiteTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    private static (Portfolio Portfolio, MemorySiteWriter Site) BuildExample()
    {
        var portfolio = new PortfolioLoader().Load(Path.Combine(TestPortfolio.RepositoryRoot, "examples", "portfolio"));
        var site = new MemorySiteWriter();
        var result = TestPortfolio.Builder.Build(portfolio, TestPortfolio.OwnerOptions(Today), site);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return (portfolio, site);
    }

    [Fact]
    public void Every_credential_page_shows_the_status_and_expiry_the_tracker_reports()
    {
        // Given the example portfolio and its tracking report on a pinned day
        var (portfolio, site) = BuildExample();
        var report = Tracker.Track(portfolio, new FixedClock(Today));

        // When each credential page is read
        foreach (var entry in report.Entries)
        {
            var page = TestPortfolio.Html(site, $"certifications/{entry.Credential.Slug}/index.html");

            // Then its status and expiry are the tracker's (including expiries derived from a policy's cycle)
            Assert.Equal(entry.Status.ToSlug(), page.QuerySelector("article.credential")!.ClassList.Single(c => c.StartsWith("status-", StringComparison.Ordinal))["status-".Length..]);
            Assert.Equal(entry.Expires?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("article.credential")!.GetAttribute("data-expires"));
        }
    }

    [Fact]
    public void A_credential_with_a_policy_shows_its_renewal_timeline_and_credit_progress()
    {
        // Given the example CISSP, which ISC2's built-in rule gives 120 CPE per cycle, with training logged
        var (portfolio, site) = BuildExample();
        var entry = Tracker.Track(portfolio, new FixedClock(Today)).Entries.Single(e => e.Credential.CredentialId == "CISSP-884213");

        // When its page is read
        var page = TestPortfolio.Html(site, $"certifications/{entry.Credential.Slug}/index.html");

        // Then the milestones are the entry's, in order, with past ones marked
        var milestones = page.QuerySelectorAll("ol.milestones li").ToArray();
        // (those falling on one day, credits due on the expiry day, as one entry)
        var expected = entry.Milestones(Today).GroupBy(m => m.Date).ToArray();
        Assert.Equal(expected.Select(day => day.Last().Key), milestones.Select(li => li.GetAttribute("data-key")!));
        Assert.Equal(expected.Select(day => string.Join(" · ", day.Select(m => m.Label))), milestones.Select(li => li.QuerySelector("span")!.TextContent));
        Assert.Equal(expected.Select(day => day.Last().IsPast), milestones.Select(li => li.ClassList.Contains("is-past")));
        // And the credit progress is an accessible progress bar with the earned and required credits
        var credits = entry.Credits!;
        var bar = page.QuerySelector("progress.credit-bar")!;
        Assert.Equal(Tracker.Amount(credits.Required), bar.GetAttribute("max"));
        Assert.Equal(Tracker.Amount(credits.Earned), bar.GetAttribute("value"));
        var label = page.GetElementById(bar.GetAttribute("aria-labelledby")!)!;
        Assert.Contains($"{Tracker.Amount(credits.Earned)} of {Tracker.Amount(credits.Required)} {credits.Unit}", label.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_credential_without_expiry_says_it_does_not_expire_and_shows_no_renewal_section()
    {
        var (_, site) = BuildExample();

        var page = TestPortfolio.Html(site, "certifications/azure-fundamentals/index.html");

        Assert.Null(page.QuerySelector("section.renewal"));
        Assert.Equal("This credential does not expire.", page.QuerySelector(".renewal-none")!.TextContent);
    }

    [Fact]
    public void Publishes_the_renewal_calendar_and_links_it_from_the_footer()
    {
        // Given the example portfolio built on a pinned day
        var (portfolio, site) = BuildExample();

        // When the calendar is read back with Ical.Net
        var calendar = Calendar.Load(site.Text("calendar.ics"))!;

        // Then it is the calendar `certfolio calendar` writes, and the home page links to it
        var expected = Certfolio.Interop.ICalendar.CalendarWriter.Write(Tracker.Track(portfolio, new FixedClock(Today)));
        Assert.Equal(expected, site.Text("calendar.ics"));
        Assert.NotEmpty(calendar.Events);
        var home = TestPortfolio.Html(site, "index.html");
        var link = home.QuerySelectorAll("footer a").Single(a => a.TextContent == "Add renewals to your calendar");
        Assert.Equal("/calendar.ics", link.GetAttribute("href"));
    }

    [Fact]
    public void Each_credential_page_has_an_add_to_linkedin_button_with_the_prefilled_url()
    {
        // Given the example portfolio
        var (portfolio, site) = BuildExample();

        foreach (var credential in portfolio.Credentials)
        {
            // When a credential page is parsed
            var page = TestPortfolio.Html(site, $"certifications/{credential.Slug}/index.html");

            // Then its LinkedIn link decodes to exactly the URL Interop builds (the '&'s were attribute-encoded)
            var link = page.QuerySelectorAll("a.linkedin").Single();
            Assert.Equal(LinkedInAddToProfile.UrlFor(credential), link.GetAttribute("href"));
            Assert.StartsWith("Add to LinkedIn", link.TextContent, StringComparison.Ordinal);
        }
    }
}
