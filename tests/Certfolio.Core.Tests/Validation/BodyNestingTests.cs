using Certfolio.Core.Tests.Support;
using Certfolio.Core.Validation;

namespace Certfolio.Core.Tests.Validation;

/// <summary>A body nested past the renderer's limit fails check where build would fail (CF0017).</summary>
public sealed class BodyNestingTests
{
    private const string Head = "---\ntitle: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n---\n\nIntro.\n\n";

    [Theory]
    [InlineData(">", 250)]
    [InlineData("> ", 201)]
    [InlineData("[", 300)]
    [InlineData("- ", 300)]
    [InlineData("1. ", 300)]
    public void Reports_nesting_past_the_renderer_limit_at_its_line(string marker, int times)
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/x.md", Head + string.Concat(Enumerable.Repeat(marker, times)) + "deep\n\nAfter.\n");
        Check.Folder(temp.Root).Single("CF0017", "certifications/x.md", 9, 1);
    }

    [Fact]
    public void Reports_a_list_nested_by_indentation()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/x.md", Head + string.Concat(Enumerable.Range(0, 200).Select(i => new string(' ', 2 * i) + "- item\n")));
        Assert.Single(Check.Folder(temp.Root).Diagnostics, d => d.Id == "CF0017");
    }

    [Theory]
    [InlineData(">", 100)]
    [InlineData("(", 300)]
    public void Accepts_nesting_the_renderer_takes(string marker, int times)
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/x.md", Head + new string(marker[0], times) + " deep\n");
        Check.Folder(temp.Root).Clean();
    }

    [Fact]
    public void Bounds_the_nesting_of_each_line_from_above()
    {
        var (depth, line) = BodyNestingRule.DeepestLine("plain\n> > quote [with (a link)]\n\n- item\n");
        // "> > " is two quote markers and two spaces of indentation (one level), then two open brackets
        Assert.Equal((5, 1), (depth, line));
    }
}
