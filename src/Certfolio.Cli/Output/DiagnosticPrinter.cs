using System.Text.Encodings.Web;
using System.Text.Json;
using Certfolio.Core.Diagnostics;

namespace Certfolio.Cli.Output;

/// <summary>A diagnostic with its path as the user should see it (relative to the current folder).</summary>
public sealed record ShownDiagnostic(Diagnostic Diagnostic, string DisplayPath);

/// <summary>Prints diagnostics the way compilers do, for people (text), programs (json) and GitHub Actions.</summary>
public static class DiagnosticPrinter
{
    private static readonly JsonDiagnosticJson Json = new(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static void Print(IReadOnlyList<ShownDiagnostic> diagnostics, OutputFormat format, TextWriter output, bool color)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(JsonSerializer.Serialize(diagnostics.Select(d => new JsonDiagnostic(
                    d.DisplayPath, d.Diagnostic.Location.Line, d.Diagnostic.Location.Column, SeverityName(d.Diagnostic.Severity), d.Diagnostic.Id, d.Diagnostic.Message)).ToArray(), Json.JsonDiagnosticArray));
                break;
            case OutputFormat.Github:
                foreach (var d in diagnostics)
                {
                    var location = d.Diagnostic.Location;
                    var position = location.IsFolder ? "" : $",line={location.Line},col={location.Column}";
                    output.WriteLine($"::{SeverityName(d.Diagnostic.Severity)} file={EscapeProperty(d.DisplayPath)}{position},title={EscapeProperty(d.Diagnostic.Id)}::{EscapeData(d.Diagnostic.Message)}");
                }
                break;
            default:
                foreach (var d in diagnostics) PrintText(d, output, color);
                break;
        }
    }

    // The quoted line is the one the diagnostic captured when it was made (Diagnostic.Quote): no printer reads a file.
    private static void PrintText(ShownDiagnostic shown, TextWriter output, bool color)
    {
        var d = shown.Diagnostic;
        var line = d.Quote;
        var severity = SeverityName(d.Severity);
        if (color) severity = d.Severity == Severity.Error ? $"\e[1;31m{severity}\e[0m" : $"\e[1;33m{severity}\e[0m";
        output.WriteLine($"{TerminalText.Escape(d.Location.Describe(shown.DisplayPath))}: {severity} {d.Id}: {TerminalText.Escape(d.Message)}");
        if (line is null) return;
        var plainLine = line.Replace('\t', ' ');
        var column = Math.Clamp(d.Location.Column, 1, plainLine.Length + 1);
        // The quoted line is escaped too; the caret moves by what the escapes before it added, and spans what they
        // make of the token it underlines.
        var shownLine = TerminalText.Escape(plainLine);
        var before = TerminalText.Escape(plainLine[..(column - 1)]).Length;
        var token = CaretLength(plainLine, column - 1);
        var width = column - 1 + token <= plainLine.Length ? TerminalText.Escape(plainLine.Substring(column - 1, token)).Length : token;
        output.WriteLine($"  {shownLine}");
        output.WriteLine($"  {new string(' ', before)}{new string('^', Math.Max(1, width))}");
    }

    /// <summary>Underlines the token at the column: a quoted string to its closing quote, else up to a separator.</summary>
    public static int CaretLength(string line, int start)
    {
        if (start >= line.Length) return 1;
        var quote = line[start];
        if (quote is '"' or '\'')
        {
            var close = line.IndexOf(quote, start + 1);
            return close < 0 ? line.Length - start : close - start + 1;
        }
        var end = start;
        while (end < line.Length && line[end] is not (',' or ']' or '}' or '#') && !(line[end] == ':' && end + 1 < line.Length && line[end + 1] == ' ')) end++;
        return Math.Max(1, line[start..end].TrimEnd().Length);
    }

    public static string Summary(int files, int errors, int warnings) =>
        $"{files} {(files == 1 ? "file" : "files")} checked: {errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}";

    private static string SeverityName(Severity severity) => severity == Severity.Error ? "error" : "warning";

    // GitHub workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
    // Control characters are made visible first (a raw ESC or CR would reach the log as is), then %, CR and LF are
    // %-escaped, and in properties : and , as well.
    private static string EscapeData(string value) => TerminalText.Escape(value).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string EscapeProperty(string value) => EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
