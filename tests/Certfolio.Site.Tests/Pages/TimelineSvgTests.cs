using AngleSharp.Html.Parser;
using Certfolio.Core.Model;
using Certfolio.Site.Pages;

namespace Certfolio.Site.Tests.Pages;

public sealed class TimelineSvgTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData("CKA: Certified Kubernetes Administrator", "CKA")]
    [InlineData("Microsoft Certified: Azure Solutions Architect Expert", "Azure Solutions Architect Expert")]
    [InlineData("AWS Certified DevOps Engineer - Professional", "AWS Certified DevOps Engineer - Professional")]
    [InlineData("A title that goes on and on, well beyond what fits on a bar of the timeline", "A title that goes on and on, well beyond what…")]
    public void Short_titles_keep_what_tells_credentials_apart(string title, string expected)
    {
        Assert.Equal(expected, TimelineSvg.ShortTitle(title));
    }

    [Fact]
    public void Every_bar_carries_a_visible_text_label_inside_its_link()
    {
        // Given two bars, one starting near the right edge
        var bars = new[]
        {
            new TimelineBar("CKA: Certified Kubernetes Administrator", new DateOnly(2020, 1, 1), new DateOnly(2027, 1, 1), CredentialStatus.Active, "/certifications/cka/"),
            new TimelineBar("Microsoft Certified: Azure Solutions Architect Expert", new DateOnly(2026, 11, 1), null, CredentialStatus.NoExpiry, "/certifications/az/"),
        };

        // When the home timeline is drawn
        var svg = new HtmlParser().ParseDocument("<body>" + TimelineSvg.Home(bars, Today, "dd.MM.yyyy")).QuerySelector("svg")!;

        // Then each link keeps its accessible name and tooltip and shows its short title as text
        var links = svg.QuerySelectorAll("a").ToArray();
        Assert.Equal(["CKA", "Azure Solutions Architect Expert"], links.Select(a => a.QuerySelector("text.tl-label")!.TextContent));
        Assert.All(links, a => Assert.NotNull(a.QuerySelector("rect.tl-bar title")));
        Assert.StartsWith("CKA: Certified Kubernetes Administrator:", links[0].GetAttribute("aria-label"), StringComparison.Ordinal);
        // And a label that would run off the right edge is anchored at its bar's end instead
        Assert.Equal("end", links[1].QuerySelector("text")!.GetAttribute("text-anchor"));
        // And the today line is labelled and drawn before the labels, which are painted over it
        var children = svg.Children.ToArray();
        var todayLine = Array.FindIndex(children, c => c.ClassList.Contains("tl-today"));
        Assert.True(todayLine >= 0 && todayLine < Array.FindIndex(children, c => c.LocalName == "a"));
        Assert.Equal("today", svg.QuerySelector("text.tl-today-label")!.TextContent);
        // And the bar without expiry ends in an arrow, the one with an expiry does not
        Assert.Null(links[0].QuerySelector(".tl-arrow"));
        Assert.NotNull(links[1].QuerySelector("path.tl-arrow.tl-no-expiry"));
    }

    [Fact]
    public void A_providers_bar_shows_the_years_its_credentials_were_earned()
    {
        // Given a provider's bar: three credentials in 2021, one in 2024
        var bar = new TimelineBar("AWS (4)", new DateOnly(2021, 3, 1), new DateOnly(2027, 5, 1), CredentialStatus.Active, "/providers/aws/", [(2021, 3), (2024, 1)]);

        // When the home timeline is drawn
        var svg = new HtmlParser().ParseDocument("<body>" + TimelineSvg.Home([bar], Today, "dd.MM.yyyy")).QuerySelector("svg")!;

        // Then the span is drawn faint, with one column per year, the busiest year full height
        Assert.NotNull(svg.QuerySelector("rect.tl-bar.tl-span"));
        var columns = svg.QuerySelectorAll("rect.tl-earned").Select(c => double.Parse(c.GetAttribute("height")!, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal([10, 3.3], columns);
    }

    [Fact]
    public void The_today_marker_is_drawn_above_the_renewal_window()
    {
        // Given a credential inside its renewal window
        var markup = TimelineSvg.Validity(new DateOnly(2024, 1, 1), new DateOnly(2027, 1, 1), Today, CredentialStatus.RenewalOpen, new DateOnly(2026, 10, 1));

        // When the bar is parsed
        var children = new HtmlParser().ParseDocument("<body>" + markup).QuerySelector("svg")!.Children.ToArray();

        // Then the window is painted on the track, at its height, and the today marker last, on a halo
        var classes = children.Select(c => c.GetAttribute("class")).ToArray();
        Assert.Equal(new string?[] { "tl-track", "tl-window" }, classes.Take(2));
        Assert.Equal(children[0].GetAttribute("height"), children[1].GetAttribute("height"));
        Assert.Equal("tl-today", classes[^1]);
        Assert.Equal("tl-today-halo", classes[^2]);
    }
}
