using System.Diagnostics;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Documents;

/// <summary>
/// Hostile input costs bounded time and memory: each case here runs in tens of milliseconds. The
/// stopwatch bound sits far above that, so a regression to exponential or unbounded work fails
/// loudly while a busy CI machine (or the first test paying for the JIT) does not.
/// </summary>
public sealed class LimitsTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(3);

    private const string Head = "---\ntitle: \"Certified Thing\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n";

    [Fact]
    public void Stops_a_yaml_alias_bomb_quickly_at_the_alias_that_expands_too_far()
    {
        // Given billion laughs: seven levels of nine aliases each
        var watch = Stopwatch.StartNew();
        // When it is checked
        var portfolio = Check.Fixture("alias-bomb");
        // Then it finishes fast and reports the alias that crosses 10,000 values
        Assert.True(watch.Elapsed < Bound, $"took {watch.Elapsed}");
        portfolio.Single("CF0014", "certifications/lol.md", 9, 8);
        Assert.Empty(portfolio.Credentials);
    }

    [Fact]
    public void Reports_more_than_64_anchors()
    {
        using var temp = new TempPortfolio();
        var anchors = string.Concat(Enumerable.Range(0, 65).Select(i => $"k{i}: &a{i} v\n"));
        temp.Write("certifications/anchors.md", Head + anchors + "---\n");
        var portfolio = Check.Folder(temp.Root);
        portfolio.Single("CF0014", "certifications/anchors.md", 69, 6);
    }

    [Fact]
    public void Reports_yaml_nesting_30000_levels_deep_without_overflowing_the_stack()
    {
        // Given skills: [[[[...]]]] thirty thousand levels deep (fits in 64 KiB)
        using var temp = new TempPortfolio();
        temp.Write("certifications/deep.md", Head + "skills: " + new string('[', 30_000) + new string(']', 30_000) + "\n---\n");
        var watch = Stopwatch.StartNew();
        // When it is checked
        var portfolio = Check.Folder(temp.Root);
        // Then the bracket that opens level 33 is reported (the root mapping is level 1)
        Assert.True(watch.Elapsed < Bound, $"took {watch.Elapsed}");
        portfolio.Single("CF0013", "certifications/deep.md", 5, 9 + 31);
        portfolio.Only("certifications/deep.md", "CF0013");
    }

    [Fact]
    public void Accepts_nesting_up_to_the_limit()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/deep.md", Head + "notes: " + new string('[', 31) + new string(']', 31) + "\n---\n");
        Check.Folder(temp.Root).Clean();
    }

    [Fact]
    public void Reports_toml_nesting_30000_levels_deep_at_the_bracket_that_goes_too_deep()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/deep.md", "+++\ntitle = \"x\"\nskills = " + new string('[', 30_000) + new string(']', 30_000) + "\n+++\n");
        var watch = Stopwatch.StartNew();
        var portfolio = Check.Folder(temp.Root);
        Assert.True(watch.Elapsed < Bound, $"took {watch.Elapsed}");
        portfolio.Single("CF0013", "certifications/deep.md", 3, 10 + 31);
    }

    [Fact]
    public void Reports_toml_dotted_keys_nested_too_deep()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/dotted.md", "+++\ntitle = \"x\"\na" + string.Concat(Enumerable.Repeat(".a", 40)) + " = 1\n+++\n");
        var portfolio = Check.Folder(temp.Root);
        portfolio.Single("CF0013", "certifications/dotted.md", 3, 63);
    }

    [Fact]
    public void Refuses_a_document_over_one_mebibyte_before_parsing_it()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/huge.md", Head + "---\n" + new string('x', 1024 * 1024));
        var portfolio = Check.Folder(temp.Root);
        Assert.Contains("1,048,576", portfolio.Single("CF0004", "certifications/huge.md", 1, 1).Message);
    }

    [Fact]
    public void Refuses_front_matter_over_64_kibibytes()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/big.md", Head + "notes: \"" + new string('x', 64 * 1024) + "\"\n---\n");
        var portfolio = Check.Folder(temp.Root);
        Assert.Contains("65,536", portfolio.Single("CF0005", "certifications/big.md", 1, 1).Message);
    }

    [Fact]
    public void Takes_the_size_limits_from_certfolio_yaml()
    {
        // Given limits lowered in certfolio.yaml
        using var temp = new TempPortfolio();
        temp.Write("certfolio.yaml", "limits:\n  maxDocumentBytes: 2000\n  maxFrontMatterBytes: 100\n");
        temp.Write("certifications/long-body.md", Head + "---\n" + new string('x', 3000));
        temp.Write("certifications/long-front.md", Head + "description: \"" + new string('x', 200) + "\"\n---\n");
        temp.Write("certifications/fine.md", Head + "---\nBody.\n");
        // When it is checked
        var portfolio = Check.Folder(temp.Root);
        // Then each limit applies
        Assert.Contains("2,000", portfolio.Single("CF0004", "certifications/long-body.md", 1, 1).Message);
        Assert.Contains("100", portfolio.Single("CF0005", "certifications/long-front.md", 1, 1).Message);
        portfolio.Only("certifications/fine.md");
    }

    [Fact]
    public void Reports_a_title_of_5000_characters_at_the_value()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/long.md", $"---\ntitle: \"{new string('T', 5000)}\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n---\n");
        var portfolio = Check.Folder(temp.Root);
        Assert.Contains("5,000 characters long; the limit is 300", portfolio.Single("CF0107", "certifications/long.md", 2, 8).Message);
    }

    [Fact]
    public void Takes_the_nesting_alias_and_title_limits_from_certfolio_yaml()
    {
        using var temp = new TempPortfolio();
        temp.Write("certfolio.yaml", "limits:\n  maxDepth: 3\n  maxAliases: 1\n  maxTitleLength: 10\n");
        temp.Write("certifications/deep.md", Head + "notes: [[[x]]]\n---\n");
        temp.Write("certifications/aliases.md", Head + "a: &a x\nb: &b y\n---\n");
        temp.Write("certifications/title.md", Head + "---\n");
        var portfolio = Check.Folder(temp.Root);
        portfolio.Single("CF0013", "certifications/deep.md", 5, 10);
        portfolio.Single("CF0014", "certifications/aliases.md", 6, 4);
        portfolio.Single("CF0107", "certifications/title.md", 2, 8);
    }

    [Theory]
    [InlineData("limits:\n  maxDepth: 0\n", 2, 13)]
    [InlineData("limits:\n  maxDepth: 100000\n", 2, 13)]
    [InlineData("limits:\n  maxDocumentBytes: \"big\"\n", 2, 21)]
    [InlineData("limits:\n  maxPages: 3\n", 2, 3)]
    [InlineData("limits: 3\n", 1, 9)]
    public void Reports_an_invalid_limit_at_its_value(string config, int line, int column)
    {
        using var temp = new TempPortfolio();
        temp.Write("certfolio.yaml", config);
        var portfolio = Check.Folder(temp.Root);
        portfolio.Single("CF0201", "certfolio.yaml", line, column);
    }
}
