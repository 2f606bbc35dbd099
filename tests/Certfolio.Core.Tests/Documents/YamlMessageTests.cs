using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Documents;

/// <summary>The YAML mistakes a first-time user makes are told in plain words with the fix, where to make it.</summary>
public sealed class YamlMessageTests
{
    private static Core.Diagnostics.Diagnostic OnlyDiagnostic(string frontMatter)
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/x.md", $"---\n{frontMatter}---\n\nBody.\n");
        var portfolio = Check.Folder(temp.Root);
        Assert.True(portfolio.Diagnostics.Count == 1, Check.Describe(portfolio));
        return portfolio.Diagnostics[0];
    }

    [Theory]
    [InlineData("title: AWS: Developer\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n", 2, 8,
        "the value of 'title' contains ': ', which YAML reads as the start of another key; quote the value: title: \"AWS: Developer\"")]
    [InlineData("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\ndescription: Covers \"this\": and that # note\n", 5, 14,
        "the value of 'description' contains ': ', which YAML reads as the start of another key; quote the value: description: \"Covers \\\"this\\\": and that\"")]
    public void Says_to_quote_a_value_holding_a_colon(string frontMatter, int line, int column, string message)
    {
        var diagnostic = OnlyDiagnostic(frontMatter);
        Assert.Equal(("CF0018", line, column, message), (diagnostic.Id, diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.Message));
    }

    [Theory]
    [InlineData("title: \"AWS Developer\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n", 2, 8, "\"")]
    [InlineData("title: 'AWS Developer\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n", 2, 8, "'")]
    [InlineData("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\n", 4, 11, "\"")]
    public void Points_at_a_quote_that_is_never_closed(string frontMatter, int line, int column, string quote)
    {
        var diagnostic = OnlyDiagnostic(frontMatter);
        Assert.Equal(("CF0019", line, column, $"the {quote} opened here is never closed; end the value with {quote} on the same line (a quoted value continued on more lines must indent them)"),
            (diagnostic.Id, diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.Message));
    }

    [Theory]
    [InlineData("title: \"Cert \\uD83D half\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n", 2, 14, "\\uD83D")]
    [InlineData("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"\\uDE00 Acme\"\n", 4, 12, "\\uDE00")]
    public void Names_an_escape_that_is_half_a_character_not_an_unclosed_quote(string frontMatter, int line, int column, string escape)
    {
        // A tool that cut an emoji in two wrote one half of it as an escape: the quote is closed, the escape is the fault.
        var diagnostic = OnlyDiagnostic(frontMatter);
        Assert.Equal(("CF0008", line, column), (diagnostic.Id, diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains($"the escape '{escape}' is half of a character", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: \"T\"\n  date: \"15.08.2024\"\nprovider: \"Acme\"\n", 3, 3,
        "invalid YAML: this line is indented differently from the lines above it: the keys of one mapping, and the items of one list, start in the same column")]
    [InlineData("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nskills:\n  - A\n - B\n", 7, 2,
        "invalid YAML: this line is indented differently from the lines above it: the keys of one mapping, and the items of one list, start in the same column")]
    [InlineData("title: \"AWS\" Developer\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n", 2, 14,
        "invalid YAML: text follows the closing quote of a value: put the whole value in quotes, writing a \" inside it as \\\" (or quote the value with ' instead)")]
    [InlineData("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nskills: [AWS, DevOps\n", 5, 9,
        "invalid YAML: the list opened by this '[' is not closed: end it with ']' on the same line, with a ',' between items")]
    [InlineData("title:\"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n", 2, 6,
        "invalid YAML: a key needs a space after its colon: write 'title: \"T\"'; without it YAML reads this line and the next as one value")]
    [InlineData("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n\n# Heading\n\nSome text about it.\n", 8, 1,
        "invalid YAML: this line is not a 'key: value' pair; if the front matter should end above it, close it there with a '---' line")]
    public void Translates_the_parsers_words(string frontMatter, int line, int column, string message)
    {
        var diagnostic = OnlyDiagnostic(frontMatter);
        Assert.Equal(("CF0008", line, column, message), (diagnostic.Id, diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.Message));
    }

    [Fact]
    public void Keeps_the_tab_diagnostic_for_a_tab_in_indentation()
    {
        var diagnostic = OnlyDiagnostic("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nskills:\n\t- AWS\n");
        Assert.Equal(("CF0012", 6, 1), (diagnostic.Id, diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Theory]
    [InlineData("skills: AWS, DevOps\n", "'skills' must be a list, not a string; write it as skills: [\"AWS\", \"DevOps\"]")]
    [InlineData("skills: \"Kubernetes\"\n", "'skills' must be a list, not a string; write it as skills: [\"Kubernetes\"]")]
    public void Suggests_the_list_form_for_skills_written_as_text(string skills, string message)
    {
        var diagnostic = OnlyDiagnostic("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n" + skills);
        Assert.Equal(("CF0133", 5, 9, message), (diagnostic.Id, diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.Message));
    }

    [Fact]
    public void Warns_when_a_list_item_indented_too_far_merges_two_skills()
    {
        var diagnostic = OnlyDiagnostic("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nskills:\n  - Project Management\n    - Agile\n  - AWS\n");
        Assert.Equal(("CF0134", 6, 5, Core.Diagnostics.Severity.Warning,
                "'skills[0]' is one skill, 'Project Management - Agile', joined from several lines: a list item indented under the one before it continues that item; start each '- ' in the same column to list them separately"),
            (diagnostic.Id, diagnostic.Location.Line, diagnostic.Location.Column, diagnostic.Severity, diagnostic.Message));
    }

    [Theory]
    [InlineData("skills: [\"Project Management - Agile\"]\n")]
    [InlineData("skills:\n  - Project Management - Agile\n")]
    [InlineData("skills:\n  - Project Management\n    and Agile\n")]
    public void Leaves_a_skill_written_with_a_dash_on_one_line_alone(string skills)
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/x.md", "---\ntitle: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n" + skills + "---\n");
        Check.Folder(temp.Root).Clean();
    }
}
