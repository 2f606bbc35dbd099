using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Spectre.Console;

namespace Certfolio.Cli.Output;

/// <summary>
/// Where a command reports problems: standard error, through one <see cref="IAnsiConsole"/>, so that standard output
/// holds only the result (a table, JSON, a calendar). Diagnostics are printed as <c>check</c> prints them
/// (file:line:column, the quoted line, a caret); every other line is escaped with <see cref="TerminalText"/>.
/// </summary>
public sealed class Reporter(IAnsiConsole console)
{
    /// <summary>A reporter on the process's standard error as it is when the command runs.</summary>
    public static Reporter StandardError() =>
        new(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }));

    /// <summary>The writer under the console, for the reports that lay out their own lines (already escaped).</summary>
    public TextWriter Writer => console.Profile.Out.Writer;

    /// <summary>Colour only on a terminal that takes it, and never under NO_COLOR, as <c>check</c> decides.</summary>
    public bool Color => console.Profile.Out.IsTerminal && console.Profile.Capabilities.Ansi && Environment.GetEnvironmentVariable("NO_COLOR") is null;

    /// <summary>The portfolio's diagnostics of <paramref name="severity"/>, with paths relative to the current folder.</summary>
    public void Diagnostics(Portfolio portfolio, Severity severity)
    {
        var diagnostics = new PortfolioDiagnostics(portfolio);
        var shown = diagnostics.Shown(Environment.CurrentDirectory).Where(s => s.Diagnostic.Severity == severity).ToArray();
        DiagnosticPrinter.Print(shown, OutputFormat.Text, Writer, Color);
    }

    /// <summary>One diagnostic found outside a portfolio (a team's folder), on one line.</summary>
    public void Diagnostic(Diagnostic diagnostic) => Writer.WriteLine(TerminalText.Line(diagnostic));

    /// <summary>A problem that is not in a file: <c>error: …</c>.</summary>
    public void Error(string message) => Writer.WriteLine($"error: {TerminalText.Escape(message)}");

    /// <summary>A problem that ends the command, its label in red where colour is taken: <c>error: …</c>, <c>internal error: …</c>.</summary>
    public void Labelled(string label, string message) => console.MarkupLine($"[red]{TerminalText.Markup(label)}:[/] {TerminalText.Markup(message)}");

    /// <summary>One line of text (a summary), escaped.</summary>
    public void Line(string text) => Writer.WriteLine(TerminalText.Escape(text));

    /// <summary>Detail a developer asked for (<c>CERTFOLIO_DEBUG=1</c>: a stack trace), over several lines, as it is.</summary>
    public void DebugDetail(string text) => console.WriteLine(text);
}
