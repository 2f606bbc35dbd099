using Certfolio.Cli.Output;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;

namespace Certfolio.Cli.Tests.Output;

public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("\u001b[2J", @"\x1B[2J")]
    [InlineData("bell\u0007", @"bell\x07")]
    [InlineData("nul\0", @"nul\x00")]
    [InlineData("a\r\nb\tc", @"a\r\nb\tc")]
    [InlineData("del\u007f c1\u009b", @"del\x7F c1\x9B")]
    [InlineData("abc\u202Eexe.md", @"abc\u202Eexe.md")]
    [InlineData("Zertifikat für Ärzte [AWS] ✓", "Zertifikat für Ärzte [AWS] ✓")]
    public void Control_characters_are_printed_as_visible_escapes(string text, string expected)
    {
        // When text is escaped for the terminal
        var escaped = TerminalText.Escape(text);

        // Then every control character is an escape and everything else is unchanged
        Assert.Equal(expected, escaped);
    }

    [Fact]
    public void Text_without_control_characters_is_returned_as_is()
    {
        // Given an ordinary line
        const string line = "certifications/cka.md:3:7: error CF0106: date 'x' is not a date";

        // Then it is the same instance (no copy for the thousands of lines check prints)
        Assert.Same(line, TerminalText.Escape(line));
    }

    [Fact]
    public void Markup_escapes_brackets_after_control_characters()
    {
        // When text is escaped for Spectre.Console markup
        // Then brackets are doubled and the ESC is visible
        Assert.Equal(@"[[red]]\x1B[[0m", TerminalText.Markup("[red]\u001b[0m"));
    }

    [Fact]
    public void The_text_printer_escapes_the_message_the_path_and_the_quoted_line_and_keeps_the_caret_on_the_token()
    {
        // Given a diagnostic on a line with an ESC before the token, in a file whose name holds BEL
        var diagnostic = Diagnostic.Create(Descriptors.UnrecognisedDate, new SourceLocation("c\u0007.md", 3, 10) { End = new LinePosition(3, 16) }, "date", "x\u001b[2Jy") with { Quote = "\u001b: date: x\u001b[2Jy" };
        var output = new StringWriter { NewLine = "\n" };

        // When it is printed as text
        DiagnosticPrinter.Print([new ShownDiagnostic(diagnostic, "c\u0007.md")], OutputFormat.Text, output, color: false);

        // Then nothing raw is printed, and the caret sits under the escaped token
        var lines = output.ToString().Split('\n');
        Assert.DoesNotContain('\u001b', output.ToString());
        Assert.DoesNotContain('\u0007', output.ToString());
        Assert.StartsWith(@"c\x07.md:3:10: error CF0106: date 'x\x1B[2Jy'", lines[0]);
        Assert.Equal(@"  \x1B: date: x\x1B[2Jy", lines[1]);
        Assert.Equal("  " + new string(' ', @"\x1B: date: ".Length) + new string('^', @"x\x1B[2Jy".Length), lines[2]);
    }

    [Fact]
    public void The_github_printer_escapes_control_characters_then_percent_cr_lf_and_in_properties_colon_and_comma()
    {
        // Given a diagnostic whose message holds CR LF and a forged workflow command, in a file named with : and ,
        var diagnostic = Diagnostic.Create(Descriptors.UnrecognisedDate, new SourceLocation("a:b,c.md", 1, 1), "date", "1\r\n::error::forged 100%\u001b");
        var output = new StringWriter { NewLine = "\n" };

        // When it is printed for GitHub Actions
        DiagnosticPrinter.Print([new ShownDiagnostic(diagnostic, "a:b,c.md")], OutputFormat.Github, output, color: false);

        // Then it is one line, with no raw control character, and its properties are escaped
        var text = output.ToString();
        Assert.Single(text.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("::error file=a%3Ab%2Cc.md,line=1,col=1,title=CF0106::", text);
        Assert.Contains(@"date '1\r\n::error::forged 100%25\x1B'", text);
    }
}
