using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Documents;

/// <summary>TOML front matter (<c>+++</c>) gets the same tree, diagnostics and positions as YAML.</summary>
public sealed class TomlFrontMatterTests
{
    [Fact]
    public void Binds_a_toml_document_and_validates_it_like_yaml()
    {
        var portfolio = Check.Fixture("toml");
        var credential = Assert.Single(portfolio.Credentials);
        Assert.Equal("Certified Thing", credential.Title);
        Assert.Equal(new DateOnly(2027, 8, 15), credential.Expires);
        Assert.Equal(["AWS", "DevOps"], credential.Skills);
        // The quoted value's column is its opening quote, as with YAML
        portfolio.Single("CF0109", "certifications/cert.md", 7, 19);
    }

    [Fact]
    public void Reports_a_toml_syntax_error_at_its_earliest_position()
    {
        var portfolio = Check.Fixture("toml");
        portfolio.Single("CF0009", "certifications/syntax.md", 3, 19);
        portfolio.Only("certifications/syntax.md", "CF0009");
    }

    [Fact]
    public void Reports_an_impossible_toml_date_naming_the_key()
    {
        var portfolio = Check.Fixture("toml");
        Assert.Contains("date '2024-02-31'", portfolio.Single("CF0103", "certifications/impossible.md", 3, 8).Message);
    }

    [Fact]
    public void Reports_toml_values_of_the_wrong_type()
    {
        var portfolio = Check.Fixture("toml");
        Assert.Contains("'title' must be a string, not a number", portfolio.At("CF0102", "certifications/types.md", 2, 9).Message);
        Assert.Equal("'skills' must be a list, not a string; write it as skills: [\"AWS\"]", portfolio.At("CF0133", "certifications/types.md", 5, 10).Message);
    }

    [Fact]
    public void Builds_tables_dotted_keys_inline_tables_and_arrays_of_tables_into_one_tree()
    {
        // Given TOML using every way to nest, starting on file line 2
        const string toml = """
            title = "T"
            a.b = 1
            inline = { x = 1.5, y = true, z = 1979-05-27T07:32:00Z }

            [renewal]
            cycleYears = 3

            [[training]]
            name = "one"

            [[training]]
            name = "two"
            """;
        var diagnostics = new DiagnosticBag();
        // When it is read
        var root = TomlFrontMatterReader.Read(new FrontMatterBlock(FrontMatterFormat.Toml, toml, 2, 0, 0), "x.md", DocumentLimits.Default, diagnostics);
        // Then the tree has every value with file positions
        Assert.Empty(diagnostics.Items);
        var map = Assert.IsType<FrontMatterMapping>(root);
        Assert.Equal(["title", "a", "inline", "renewal", "training"], map.Entries.Select(e => e.Key));
        var b = Assert.IsType<FrontMatterScalar>(Assert.IsType<FrontMatterMapping>(map.Find("a")!.Value).Find("b")!.Value);
        Assert.Equal(("1", ScalarKind.Integer, new Certfolio.Core.Text.LinePosition(3, 7)), (b.Value, b.Kind, b.Start));
        var inline = Assert.IsType<FrontMatterMapping>(map.Find("inline")!.Value);
        Assert.Equal(ScalarKind.Float, ((FrontMatterScalar)inline.Find("x")!.Value).Kind);
        Assert.Equal(ScalarKind.Boolean, ((FrontMatterScalar)inline.Find("y")!.Value).Kind);
        var z = (FrontMatterScalar)inline.Find("z")!.Value;
        Assert.Equal((ScalarKind.DateTime, "1979-05-27T07:32:00Z"), (z.Kind, z.Value));
        var cycle = (FrontMatterScalar)((FrontMatterMapping)map.Find("renewal")!.Value).Find("cycleYears")!.Value;
        Assert.Equal(new Certfolio.Core.Text.LinePosition(7, 14), cycle.Start);
        var training = Assert.IsType<FrontMatterSequence>(map.Find("training")!.Value);
        Assert.Equal(2, training.Items.Count);
    }

    [Theory]
    [InlineData("a.b = 1\na.b = 2", 2, 3)]
    [InlineData("a = 1\n[a]\nb = 1", 2, 2)]
    [InlineData("[t]\nx = 1\n[t.x]\ny = 1", 3, 4)]
    [InlineData("i = { a = 1 }\n[i]\nb = 1", 2, 2)]
    [InlineData("i = { a = 1, a = 2 }", 1, 14)]
    [InlineData("[[arr]]\nx = 1\n[arr]\ny = 1", 3, 2)]
    public void Reports_each_way_toml_defines_a_key_twice(string toml, int line, int column)
    {
        var diagnostics = new DiagnosticBag();
        var root = TomlFrontMatterReader.Read(new FrontMatterBlock(FrontMatterFormat.Toml, toml, 1, 0, 0), "x.md", DocumentLimits.Default, diagnostics);
        // The tree is kept, as YAML keeps it, so the rest of the front matter can still be read (issue 13: one Hugo item
        // with two 'organization' lines must not lose the others).
        Assert.IsType<FrontMatterMapping>(root);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(("CF0011", line, column), (diagnostic.Id, diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void A_key_defined_twice_keeps_its_first_value_as_in_yaml()
    {
        var diagnostics = new DiagnosticBag();
        var root = (FrontMatterMapping)TomlFrontMatterReader.Read(
            new FrontMatterBlock(FrontMatterFormat.Toml, "[[item]]\norganization = \"A\"\ntitle = \"T\"\norganization = \"B\"\n[[item]]\norganization = \"C\"", 1, 0, 0),
            "x.md", DocumentLimits.Default, diagnostics)!;

        var items = Assert.IsType<FrontMatterSequence>(root.Find("item")!.Value).Items.Cast<FrontMatterMapping>().ToArray();
        Assert.Equal(["A", "C"], items.Select(i => ((FrontMatterScalar)i.Find("organization")!.Value).Value));
        Assert.Equal(4, Assert.Single(diagnostics.Items).Location.Line);
    }

    [Theory]
    [InlineData("[a.b]\nx = 1\n[a]\ny = 1")]
    [InlineData("a.b = 1\na.c = 2")]
    [InlineData("[[arr]]\nx = 1\n[[arr]]\nx = 2")]
    [InlineData("[[arr]]\nx = 1\n[arr.sub]\ny = 2")]
    public void Accepts_the_ways_toml_may_extend_a_table(string toml)
    {
        var diagnostics = new DiagnosticBag();
        var root = TomlFrontMatterReader.Read(new FrontMatterBlock(FrontMatterFormat.Toml, toml, 1, 0, 0), "x.md", DocumentLimits.Default, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.IsType<FrontMatterMapping>(root);
    }
}
