using Certfolio.Core.Tests.Support;
using Certfolio.Core.Validation;

namespace Certfolio.Core.Tests.Validation;

/// <summary>check applies the site's URL policy to the values the site publishes.</summary>
public sealed class SafeUrlTests
{
    [Theory]
    [InlineData("https://example.org/v", true)]
    [InlineData("mailto:me@example.org", true)]
    [InlineData("/relative/path", true)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JaVaScRiPt:alert(1)", false)]
    [InlineData("data:text/html,<script>", false)]
    [InlineData("vbscript:msgbox", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("https://x.test/\r\nSUMMARY:x", false)]
    [InlineData("https://x.test/\u2028x", false)]
    public void Passes_only_what_the_site_publishes(string url, bool safe) => Assert.Equal(safe, SafeUrl.IsSafe(url));

    [Fact]
    public void Refuses_every_control_character_and_line_separator_and_nothing_else_in_a_path()
    {
        // The refused set is a vectorized search table: compare it with the framework's own definition, char by char.
        for (var c = '\0'; c < '\uFFFF'; c++)
        {
            var refused = char.IsControl(c) || c is '\u2028' or '\u2029';
            Assert.True(refused != SafeUrl.IsSafe($"https://x.test/a{c}b"), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void Refuses_a_verification_url_with_a_tab_that_the_site_would_blank()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/x.md", "---\ntitle: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nverificationUrl: \"https://example.org/\\tx\"\n---\n");
        Check.Folder(temp.Root).Single("CF0109", "certifications/x.md", 5, 18);
    }

    [Fact]
    public void Refuses_an_owner_link_with_a_javascript_url_at_the_value()
    {
        using var temp = new TempPortfolio();
        temp.Write("certfolio.yaml", "owner:\n  links:\n    - label: \"Me\"\n      url: \"javascript:alert(1)\"\n");
        temp.Write("certifications/x.md", "---\ntitle: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n---\n");
        var portfolio = Check.Folder(temp.Root);
        Assert.Contains("owner link url", portfolio.Single("CF0201", "certfolio.yaml", 4, 12).Message);
    }

    [Fact]
    public void Refuses_a_renewal_url_with_a_control_character()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/x.md", "---\ntitle: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nrenewal:\n  url: \"https://example.org/\\u0085x\"\n---\n");
        var portfolio = Check.Folder(temp.Root);
        portfolio.Single("CF0303", "certifications/x.md", 6, 8);
        portfolio.Single("CF0125", "certifications/x.md", 6, 8);
    }
}
