using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Validation;

/// <summary>check reports the body links the site would blank, by the site's own rule (CF0129, a warning: the site blanks them either way).</summary>
public sealed class BodyLinksTests
{
    private const string Head = "---\ntitle: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n---\n\nIntro: fine.\n\n";

    [Theory]
    [InlineData("[a](javascript:alert(1))")]
    [InlineData("[a](JaVaScRiPt:alert(1))")]
    [InlineData("[b](&#106;avascript:alert(1))")]
    [InlineData("<vbscript:msgbox>")]
    [InlineData("[c](data:text/html,x)")]
    [InlineData("[r]: file:///etc/passwd")]
    public void Reports_a_link_the_site_would_blank_at_its_line(string line)
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/x.md", Head + line + "\n");
        Check.Folder(temp.Root).Single("CF0129", "certifications/x.md", 9, 1, Core.Diagnostics.Severity.Warning);
    }

    [Theory]
    [InlineData("[a](https://example.org/x) and [b](mailto:me@example.org) at 10:30")]
    [InlineData("Note: [relative](/docs/a) and <https://example.org>")]
    [InlineData("Plain prose: no links, ratio 3:4.")]
    public void Accepts_links_the_site_publishes(string line)
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/x.md", Head + line + "\n");
        Check.Folder(temp.Root).Clean();
    }

    [Theory]
    [InlineData("```markdown\n[a](javascript:alert(1))\n```")]
    [InlineData("~~~\nSee [r]: file:///etc/passwd\n<vbscript:msgbox>\n~~~")]
    [InlineData("Use `[a](javascript:alert(1))` to test a sanitizer.")]
    public void Accepts_a_link_shown_as_code(string block)
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/x.md", Head + block + "\n");
        Check.Folder(temp.Root).Clean();
    }

    [Fact]
    public void Reports_each_unsafe_link_after_a_code_block_at_its_own_line_and_column()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/x.md", Head + "```\n[a](javascript:alert(1))\n```\n\nThen [b](data:text/html,x) and\n[c](vbscript:y).\n");

        var found = Check.Folder(temp.Root).Diagnostics.Where(d => d.Id == "CF0129").Select(d => (d.Location.Line, d.Location.Column)).ToArray();

        Assert.Equal([(13, 6), (14, 1)], found);
    }
}
