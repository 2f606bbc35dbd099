using Certfolio.Site.Pages;

namespace Certfolio.Site.Tests.Pages;

public sealed class MonogramTests
{
    [Theory]
    [InlineData("Amazon Web Services", "AW")]
    [InlineData("Project Management Institute", "PM")]
    [InlineData("Institute of Electrical Engineers", "IE")]
    [InlineData("HashiCorp", "HC")]
    [InlineData("Microsoft", "M")]
    [InlineData("(ISC)²", "ISC")]
    [InlineData("AWS", "AWS")]
    [InlineData("CompTIA", "CT")]
    [InlineData("", "?")]
    public void Takes_the_initials_of_the_provider(string provider, string initials) => Assert.Equal(initials, Monogram.Initials(provider));

    [Fact]
    public void Gives_a_provider_the_same_colour_every_time_whatever_its_case()
    {
        Assert.Equal(Monogram.Colour("Amazon Web Services"), Monogram.Colour("amazon web services"));
        Assert.NotEqual(Monogram.Colour("Amazon Web Services"), Monogram.Colour("Microsoft"));
        Assert.Matches("^#[0-9a-f]{6}$", Monogram.Colour("Microsoft"));
    }

    [Fact]
    public void Escapes_the_provider_in_the_svg()
    {
        var svg = Monogram.Svg("<script>");

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"&lt;script&gt;\"", svg, StringComparison.Ordinal);
    }
}
