using Certfolio.Core.Model;
using Certfolio.Site.Languages;
using Certfolio.Site.Pages;
using Certfolio.Site.Templates;

namespace Certfolio.Site.Tests.Languages;

public sealed class StringsTests
{
    private static readonly Strings German = LanguageFiles.Resolve(ThemeLoader.DefaultLanguages(), "de", out _);
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Theory]
    [InlineData("2027-01-26", "expires in 2 months", "läuft in 2 Monaten ab")]
    [InlineData("2026-12-27", "expires in 1 month", "läuft in 1 Monat ab")]
    [InlineData("2026-11-27", "expires in 1 day", "läuft in 1 Tag ab")]
    [InlineData("2026-11-26", "expires today", "läuft heute ab")]
    [InlineData("2028-02-26", "expires in 1 year 3 months", "läuft in 1 Jahr und 3 Monaten ab")]
    [InlineData("2029-11-26", "expires in 3 years", "läuft in 3 Jahren ab")]
    [InlineData("2026-07-20", "expired 4 months ago", "seit 4 Monaten abgelaufen")]
    [InlineData("2026-11-20", "expired 6 days ago", "seit 6 Tagen abgelaufen")]
    public void Relative_times_read_the_same_in_English_as_before_and_are_German_in_German(string expires, string english, string german)
    {
        var date = DateOnly.Parse(expires, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(english, RelativeTime.DescribeExpiry(date, Today));
        Assert.Equal(german, RelativeTime.DescribeExpiry(date, Today, German));
    }

    [Fact]
    public void A_credential_that_never_expires_says_so_in_each_language()
    {
        Assert.Equal("does not expire", RelativeTime.DescribeExpiry(null, Today));
        Assert.Equal("läuft nicht ab", RelativeTime.DescribeExpiry(null, Today, German));
    }

    [Fact]
    public void Status_names_match_the_ones_the_CLI_prints_in_English()
    {
        foreach (var status in Enum.GetValues<CredentialStatus>())
            Assert.Equal(status.ToLabel(), Strings.English.Status(status));
        Assert.Equal("läuft bald ab", German.Status(CredentialStatus.Expiring));
        Assert.Equal("unbefristet", German.Status(CredentialStatus.NoExpiry));
    }

    [Fact]
    public void Month_names_follow_the_language_under_invariant_globalization()
    {
        var date = new DateOnly(2024, 3, 15);
        Assert.Equal("15. März 2024", German.Date(date, DatePrecision.Day, "d. MMMM yyyy"));
        Assert.Equal("March 2024", Strings.English.Date(date, DatePrecision.Month, "MMMM d, yyyy"));
        Assert.Equal("Fr., 15. März 2024", German.Date(date, DatePrecision.Day, "ddd, d. MMM yyyy"));
    }

    [Fact]
    public void A_count_picks_the_plural_form_and_fills_its_placeholders()
    {
        Assert.Equal("1 skill", Strings.English.Count("counts.skills", 1));
        Assert.Equal("41 skills", Strings.English.Count("counts.skills", 41));
        Assert.Equal("1 Kompetenz", German.Count("counts.skills", 1));
        Assert.Equal("3 of 9 shown", Strings.English.Format("home.shown", ("shown", "3"), ("total", "9")));
        Assert.Equal("no.such.key", German.Get("no.such.key"));
    }

    [Fact]
    public void A_region_falls_back_to_its_language_and_a_language_to_English_key_by_key()
    {
        var files = new Dictionary<string, IReadOnlyDictionary<string, string>>(ThemeLoader.DefaultLanguages(), StringComparer.OrdinalIgnoreCase)
        {
            ["de-CH"] = new Dictionary<string, string> { ["layout.skills"] = "Skills" },
            ["fr"] = new Dictionary<string, string> { ["counts.skills"] = "{count} compétences" },
        };

        var swiss = LanguageFiles.Resolve(files, "de-ch", out var swissKnown);
        var french = LanguageFiles.Resolve(files, "fr-CA", out var frenchKnown);
        var unknown = LanguageFiles.Resolve(files, "it", out var italianKnown);

        Assert.True(swissKnown);
        Assert.Equal(("de-CH", "Skills", "Anbieter"), (swiss.Language, swiss.Get("layout.skills"), swiss.Get("layout.providers")));
        Assert.True(frenchKnown);
        // One form in French replaces English's two plural forms, so "1 skill" never shows through
        Assert.Equal("1 compétences", french.Count("counts.skills", 1));
        Assert.Equal("Atom feed", french.Get("layout.feed"));
        Assert.False(italianKnown);
        Assert.Equal(("en", "Skills"), (unknown.Language, unknown.Get("layout.skills")));
    }
}
