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
                    output.WriteLine($"::{GithubCommand(d.Diagnostic.Severity)} file={EscapeProperty(d.DisplayPath)}{position},title={EscapeProperty(d.Diagnostic.Id)}::{EscapeData(d.Diagnostic.Message)}");
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
        if (color) severity = d.Severity switch { Severity.Error => $"\e[1;31m{severity}\e[0m", Severity.Info => $"\e[1;36m{severity}\e[0m", _ => $"\e[1;33m{severity}\e[0m" };
        output.WriteLine($"{TerminalText.Escape(d.Location.Describe(shown.DisplayPath))}: {severity} {d.Id}: {TerminalText.Escape(d.Message)}");
        if (line is null) return;
        var plainLine = line.Replace('\t', ' ');
        var column = Math.Clamp(d.Location.Column, 1, plainLine.Length + 1);
        // The quoted line is escaped too; the caret moves by what the escapes before it added, and spans what they
        // make of the value it underlines.
        var shownLine = TerminalText.Escape(plainLine);
        var before = TerminalText.Escape(plainLine[..(column - 1)]).Length;
        var token = UnderlinedLength(d.Location, plainLine.Length);
        var width = token > 0 && column - 1 + token <= plainLine.Length ? TerminalText.Escape(plainLine.Substring(column - 1, token)).Length : 1;
        output.WriteLine($"  {shownLine}");
        output.WriteLine($"  {new string(' ', before)}{new string('^', Math.Max(1, width))}");
    }

    /// <summary>
    /// How many characters of the quoted line the caret underlines: the value's span on that line (to the line's end when
    /// the value goes on below), or one character when only where it starts is known.
    /// </summary>
    public static int UnderlinedLength(Core.Text.SourceLocation location, int lineLength)
    {
        var end = location.Span.End;
        if (end.Line > location.Line) return Math.Max(1, lineLength - location.Column + 1);
        return Math.Max(1, Math.Min(end.Column, lineLength + 1) - location.Column);
    }

    public static string Summary(int files, int errors, int warnings) =>
        $"{files} {(files == 1 ? "file" : "files")} checked: {errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}";

    private static string SeverityName(Severity severity) => Diagnostic.Name(severity);

    // GitHub's workflow commands are error, warning and notice.
    private static string GithubCommand(Severity severity) => severity == Severity.Info ? "notice" : Diagnostic.Name(severity);

    // GitHub workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
    // Control characters are made visible first (a raw ESC or CR would reach the log as is), then %, CR and LF are
    // %-escaped, and in properties : and , as well.
    private static string EscapeData(string value) => TerminalText.Escape(value).Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string EscapeProperty(string value) => EscapeData(value).Replace(":", "%3A").Replace(",", "%2C");
}
