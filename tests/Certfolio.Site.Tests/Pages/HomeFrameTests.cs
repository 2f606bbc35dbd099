using System.Reflection;
using Certfolio.Site.Pages;
using Certfolio.Site.Templates;

namespace Certfolio.Site.Tests.Pages;

/// <summary>
/// A rebuild skips the home pages whose cards did not change when their frame (<see cref="HomeFrame"/>) is the same:
/// the frame must hold everything a home page shows besides its cards, or a skipped page would go stale.
/// </summary>
public sealed class HomeFrameTests
{
    [Fact]
    public void The_frame_covers_every_property_of_the_home_view_but_the_pages_own_cards()
    {
        // The frame lists these by hand: a property added to HomeView must be added to HomeFrame.Of (or to PerPage)
        string[] inFrame = ["Counts", "Timeline", "Skills", "Providers", "Levels", "Statuses", "TopSkills"];
        var properties = typeof(HomeView).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name);
        Assert.Equal(properties.Order(StringComparer.Ordinal), inFrame.Concat(HomeFrame.PerPage).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_page_view_prints_every_property_since_it_has_only_text_and_markup()
    {
        // PageView is taken whole by its generated ToString, which prints a list as its type's name: none may be a list
        var types = typeof(PageView).GetProperties().Select(p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType);
        Assert.All(types, type => Assert.True(type == typeof(string) || type == typeof(TrustedHtml) || type.IsPrimitive, type.Name));
        var page = new PageView { Kind = "home", Title = "T", Description = "D", Url = "/", Canonical = "https://x/", Image = "i.png", JsonLd = new TrustedHtml("{}") };
        Assert.NotEqual(HomeFrame.Of(Home(), page).Shared, HomeFrame.Of(Home(), page with { Description = "E" }).Shared);
        Assert.Equal(HomeFrame.Of(Home(), page).Shared, HomeFrame.Of(Home(), page with { JsonLd = new TrustedHtml("[]") }).Shared);
        Assert.False(HomeFrame.Of(Home(), page).SameOn(1, HomeFrame.Of(Home(), page with { JsonLd = new TrustedHtml("[]") })));
        Assert.True(HomeFrame.Of(Home(), page).SameOn(2, HomeFrame.Of(Home(), page with { JsonLd = new TrustedHtml("[]") })));
    }

    [Fact]
    public void A_facet_count_or_the_timeline_changes_the_frame()
    {
        var page = new PageView { Kind = "home", Title = "T", Description = "D", Url = "/" };
        var home = Home();
        Assert.Equal(HomeFrame.Of(home, page), HomeFrame.Of(Home(), page));
        Assert.NotEqual(HomeFrame.Of(home, page), HomeFrame.Of(home with { Skills = [new FacetOption("aws", "AWS", 3)] }, page));
        Assert.NotEqual(HomeFrame.Of(home, page), HomeFrame.Of(home with { Timeline = new TrustedHtml("<svg/>") }, page));
        Assert.Equal(HomeFrame.Of(home, page), HomeFrame.Of(home with { CurrentShown = 7 }, page));
    }

    private static HomeView Home() => new()
    {
        Counts = new StatusCounts { Total = 2, Active = 2 },
        Current = new TrustedFragments([]),
        Expired = new TrustedFragments([]),
        Timeline = TrustedHtml.Empty,
        Skills = [new FacetOption("aws", "AWS", 2)],
        Providers = [],
        Levels = [],
        Statuses = [],
        TopSkills = [],
    };
}
