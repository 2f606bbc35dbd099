using System.Globalization;
using Certfolio.Site.Pages;

namespace Certfolio.Site.Tests.Pages;

public sealed class MonogramTests
{
    [Theory]
    // Known providers: their usual short form, however the name is written
    [InlineData("Amazon Web Services", "AWS")]
    [InlineData("Amazon Web Services (AWS)", "AWS")]
    [InlineData("Microsoft", "MS")]
    [InlineData("Microsoft Corporation", "MS")]
    [InlineData("(ISC)²", "ISC2")]
    [InlineData("ISC2", "ISC2")]
    [InlineData("AXELOS", "AX")]
    [InlineData("The Linux Foundation", "LF")]
    [InlineData("CompTIA", "CT")]
    // The letter rule for everyone else
    [InlineData("Snowflake Computing (SNOW)", "SNOW")]
    [InlineData("Project Management Institute", "PMI")]
    [InlineData("Institute of Electrical Engineers", "IEE")]
    [InlineData("Scrum Alliance", "SA")]
    [InlineData("Acme", "A")]
    [InlineData("NVIDIA", "NVIDI")]
    [InlineData("CNCF", "CNCF")]
    [InlineData("MongoDB", "MD")]
    [InlineData("", "?")]
    public void Takes_the_usual_short_form_or_the_initials_of_the_provider(string provider, string initials) =>
        Assert.Equal(initials, Monogram.Initials(provider));

    [Fact]
    public void Gives_a_provider_the_same_colour_every_time_whatever_its_case()
    {
        Assert.Equal(Monogram.Colour("Tableau"), Monogram.Colour("tableau"));
        Assert.Contains(Monogram.Colour("Tableau"), MonogramPalette.Colours);
    }

    [Theory]
    [InlineData("Amazon Web Services", "Microsoft")]
    [InlineData("Amazon Web Services", "Google Cloud")]
    [InlineData("Microsoft", "Google Cloud")]
    [InlineData("ISC2", "CompTIA")]
    [InlineData("Linux Foundation", "Cloud Native Computing Foundation")]
    public void Gives_the_big_providers_different_colours(string one, string other) =>
        Assert.NotEqual(Monogram.Colour(one), Monogram.Colour(other));

    [Fact]
    public void Every_palette_colour_carries_white_text_and_no_two_are_alike()
    {
        foreach (var colour in MonogramPalette.Colours)
            Assert.True(ContrastWithWhite(colour) >= 4.5, $"{colour}: {ContrastWithWhite(colour):F2} : 1");
        Assert.Equal(MonogramPalette.Colours.Length, MonogramPalette.Colours.Distinct().Count());
        // Well spread: any two hues at least 25° apart on the colour wheel.
        foreach (var a in MonogramPalette.Colours)
        foreach (var b in MonogramPalette.Colours.Where(b => b != a))
            Assert.True(HueDistance(a, b) >= 25, $"{a} and {b} are too alike");
    }

    [Fact]
    public void Shrinks_the_letters_so_that_five_fit()
    {
        Assert.Contains("font-size=\"22\"", Monogram.Svg("Microsoft"), StringComparison.Ordinal);
        Assert.Contains("font-size=\"12\"", Monogram.Svg("NVIDIA"), StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_the_provider_in_the_svg()
    {
        var svg = Monogram.Svg("<script>");

        Assert.DoesNotContain("<script>", svg, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"&lt;script&gt;\"", svg, StringComparison.Ordinal);
    }

    private static (int R, int G, int B) Rgb(string hex) =>
        (int.Parse(hex[1..3], NumberStyles.HexNumber), int.Parse(hex[3..5], NumberStyles.HexNumber), int.Parse(hex[5..7], NumberStyles.HexNumber));

    private static double ContrastWithWhite(string hex)
    {
        static double Linear(int channel) => channel / 255.0 is var v && v <= 0.03928 ? v / 12.92 : Math.Pow((v + 0.055) / 1.055, 2.4);
        var (r, g, b) = Rgb(hex);
        var luminance = 0.2126 * Linear(r) + 0.7152 * Linear(g) + 0.0722 * Linear(b);
        return 1.05 / (luminance + 0.05);
    }

    private static double HueDistance(string a, string b)
    {
        var difference = Math.Abs(Hue(a) - Hue(b));
        return Math.Min(difference, 360 - difference);
    }

    private static double Hue(string hex)
    {
        var (r, g, b) = Rgb(hex);
        var (max, min) = (Math.Max(r, Math.Max(g, b)), Math.Min(r, Math.Min(g, b)));
        double chroma = max - min;
        var hue = max == r ? (g - b) / chroma % 6 : max == g ? (b - r) / chroma + 2 : (r - g) / chroma + 4;
        return (hue * 60 + 360) % 360;
    }
}
