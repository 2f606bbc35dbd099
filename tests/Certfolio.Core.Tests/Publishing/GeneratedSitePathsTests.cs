using Certfolio.Core.Publishing;

namespace Certfolio.Core.Tests.Publishing;

public sealed class GeneratedSitePathsTests
{
    private readonly GeneratedSitePaths _paths = new(["brand/logo.png"]);

    [Theory]
    [InlineData("index.html", "index.html")]
    [InlineData("assets/site.js", "assets/site.js")]
    [InlineData("assets/Site.JS", "assets/site.js")]
    [InlineData("assets/favicon.svg", "assets/favicon.svg")]
    [InlineData("assets/brand/logo.png", "assets/brand/logo.png")]
    [InlineData("calendar.ics", "calendar.ics")]
    [InlineData("certifications/cka/index.html", "certifications/cka/index.html")]
    [InlineData("feed.xml/x.png", "feed.xml")]
    public void A_path_the_build_writes_is_taken(string sitePath, string generated) =>
        Assert.Equal(generated, _paths.Taken(sitePath));

    [Theory]
    [InlineData("logos/aws.svg")]
    [InlineData("assets/logos/aws.svg")]
    [InlineData("files/certifications/diagram.png")]
    public void A_path_of_its_own_is_free(string sitePath) => Assert.Null(_paths.Taken(sitePath));
}
