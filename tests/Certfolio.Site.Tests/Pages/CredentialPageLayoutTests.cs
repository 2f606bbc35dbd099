using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Pages;

/// <summary>The credential page's rough edges a designer would not ship (issue 14), each seen in its markup.</summary>
public sealed class CredentialPageLayoutTests
{
    private static TestPortfolio Cissp() => TestPortfolio.FromFiles(new Dictionary<string, string>
    {
        ["certifications/cissp.md"] =
            "---\ntitle: \"CISSP\"\ndate: \"2024-05-01\"\nprovider: \"ISC2\"\nexpiryDate: \"2027-05-01\"\nlevel: \"Professional\"\n---\nNotes.\n",
        ["certifications/az-104.md"] =
            "---\ntitle: \"Microsoft Certified: Azure Administrator Associate (AZ-104)\"\ndate: \"2025-03-01\"\nprovider: \"Microsoft\"\nexpiryDate: \"2026-03-01\"\n---\n",
    });

    [Fact]
    public void The_level_is_shown_once_as_a_badge()
    {
        using var portfolio = Cissp();

        var (_, site) = portfolio.Build();

        var page = TestPortfolio.Html(site, "certifications/cissp/index.html");
        Assert.Equal(1, page.QuerySelectorAll("article.credential").Single().TextContent.Split("Professional").Length - 1);
        Assert.NotNull(page.QuerySelector(".badges .level"));
    }

    [Fact]
    public void A_code_in_a_title_is_kept_on_one_line()
    {
        using var portfolio = Cissp();

        var (_, site) = portfolio.Build();

        var page = TestPortfolio.Html(site, "certifications/az-104/index.html");
        Assert.Equal("(AZ-104)", page.QuerySelector("h1 .nowrap")!.TextContent);
        Assert.Equal("Microsoft Certified: Azure Administrator Associate (AZ-104)", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("(AZ-104)", TestPortfolio.Html(site, "index.html").QuerySelector(".card-title .nowrap")!.TextContent);
    }

    [Fact]
    public void Milestones_on_one_day_are_one_entry()
    {
        // Given a CISSP, whose credits fall due on the day it expires
        using var portfolio = Cissp();

        // When the owner's view is built
        var (_, site) = portfolio.Build(options: TestPortfolio.OwnerOptions());

        // Then no two milestones share a date
        var dates = TestPortfolio.Html(site, "certifications/cissp/index.html").QuerySelectorAll(".milestone time").Select(t => t.GetAttribute("datetime")).ToArray();
        Assert.NotEmpty(dates);
        Assert.Equal(dates.Distinct(), dates);
    }
}
