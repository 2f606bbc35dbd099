using Certfolio.Cli.Output;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;

namespace Certfolio.Cli.Tests.Output;

/// <summary>The text printer underlines the span a diagnostic carries, from the line it quoted when it was made.</summary>
public sealed class DiagnosticPrinterTests
{
    private static string[] Printed(Diagnostic diagnostic)
    {
        var output = new StringWriter { NewLine = "\n" };
        DiagnosticPrinter.Print([new ShownDiagnostic(diagnostic, diagnostic.Location.FilePath)], OutputFormat.Text, output, color: false);
        return output.ToString().Split('\n');
    }

    private static Diagnostic Loaded(string code, string document)
    {
        var root = TempPortfolio.With(("certifications/a.md", document));
        return new PortfolioLoader { Purpose = LoadPurpose.Report }.Load(root).Diagnostics.Single(d => d.Id == code);
    }

    [Fact]
    public void Underlines_a_whole_quoted_value_with_its_quotes()
    {
        // Given a verification URL that is not http(s), written in quotes
        var diagnostic = Loaded("CF0109", "---\ntitle: T\ndate: 2024-01-01\nprovider: P\nverificationUrl: \"javascript:alert(1)\"\n---\n");

        // When it is printed, then every character of the value is underlined
        var lines = Printed(diagnostic);
        Assert.Equal("  verificationUrl: \"javascript:alert(1)\"", lines[1]);
        Assert.Equal("                   ^^^^^^^^^^^^^^^^^^^^^", lines[2]);
    }

    [Fact]
    public void Underlines_a_plain_value_but_not_the_comment_after_it()
    {
        // Given an ambiguous date followed by a comment
        var diagnostic = Loaded("CF0105", "---\ntitle: T\ndate: 03/04/2024 # when?\nprovider: P\n---\n");

        // When it is printed, then the date is underlined and the comment is not
        var lines = Printed(diagnostic);
        Assert.Equal("  date: 03/04/2024 # when?", lines[1]);
        Assert.Equal("        ^^^^^^^^^^", lines[2]);
    }

    [Fact]
    public void Underlines_a_whole_flow_list()
    {
        // Given skills written as a mapping where a list belongs
        var diagnostic = Loaded("CF0102", "---\ntitle: T\ndate: 2024-01-01\nprovider: P\nskills: {a: 1, b: 2}\n---\n");

        // When it is printed, then the whole mapping is underlined
        var lines = Printed(diagnostic);
        Assert.Equal("  skills: {a: 1, b: 2}", lines[1]);
        Assert.Equal("          ^^^^^^^^^^^^", lines[2]);
    }

    [Fact]
    public void Underlines_a_whole_flow_sequence()
    {
        // Given a title written as a list
        var diagnostic = Loaded("CF0102", "---\ntitle: [a, b]\ndate: 2024-01-01\nprovider: P\n---\n");

        // When it is printed, then the whole list is underlined
        var lines = Printed(diagnostic);
        Assert.Equal("  title: [a, b]", lines[1]);
        Assert.Equal("         ^^^^^^", lines[2]);
    }

    [Fact]
    public void Underlines_a_toml_value_and_a_toml_key_as_written()
    {
        // Given TOML front matter with a misspelt required key and an unsafe URL
        const string Toml = "+++\ntitel = \"T\"\ndate = \"2024-01-01\"\nprovider = \"P\"\nverificationUrl = \"javascript:alert(1)\"\n+++\n";

        // When their diagnostics are printed, then the key and the quoted value are underlined whole
        var key = Printed(Loaded(MisspeltKeyCode, Toml));
        Assert.Equal("  titel = \"T\"", key[1]);
        Assert.Equal("  ^^^^^", key[2]);
        var url = Printed(Loaded("CF0109", Toml));
        Assert.Equal("                    ^^^^^^^^^^^^^^^^^^^^^", url[2]);
    }

    private static string MisspeltKeyCode => Descriptors.MisspeltRequiredKey.Id;

    [Fact]
    public void Underlines_the_url_of_a_missing_body_image()
    {
        // Given a body image that is not in the assets folder
        var diagnostic = Loaded("CF0112", "---\ntitle: T\ndate: 2024-01-01\nprovider: P\n---\n\n![diagram](/images/nothing.jpg)\n");

        // When it is printed, then the URL is underlined and the closing parenthesis is not
        var lines = Printed(diagnostic);
        Assert.Equal("  ![diagram](/images/nothing.jpg)", lines[1]);
        Assert.Equal("             ^^^^^^^^^^^^^^^^^^^", lines[2]);
    }

    [Fact]
    public void Underlines_one_character_where_only_the_start_is_known()
    {
        // Given a diagnostic that knows where it starts but not where its value ends
        var diagnostic = Diagnostic.Create(Descriptors.DuplicateSkill, new SourceLocation("a.md", 1, 9), "x") with { Quote = "skills: [x, x]" };

        // When it is printed, then one caret marks the start
        Assert.Equal("          ^", Printed(diagnostic)[2]);
    }
}
