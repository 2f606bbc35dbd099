using System.Buffers;
using System.Globalization;
using System.Text;
using Certfolio.Core.Diagnostics;

namespace Certfolio.Cli.Output;

/// <summary>
/// Makes text from documents, file names and messages safe to print: a document may hold ESC (which drives the
/// terminal: colours, cursor moves, window titles), BEL, NUL, CR or LF (a forged line in a CI log) or a bidirectional
/// override (text that reads differently than it is). Each such character is printed as a visible escape
/// (<c>\x1B</c>, <c>\n</c>, <c>\u202E</c>) instead. Everything Certfolio prints that it did not write itself goes
/// through here.
/// </summary>
public static class TerminalText
{
    // C0 controls, DEL, C1 controls, and the invisible format characters that reorder or break lines.
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000B\f\r\u000E\u000F"
        + "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F"
        + "\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F"
        + "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F"
        + "\u061C\u200E\u200F\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>The text with every control character shown as an escape; the same instance when there is none.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return text ?? "";
        var first = text.AsSpan().IndexOfAny(Unsafe);
        if (first < 0) return text;
        var escaped = new StringBuilder(text.Length + 8).Append(text, 0, first);
        foreach (var c in text.AsSpan(first))
        {
            if (!Unsafe.Contains(c))
            {
                escaped.Append(c);
                continue;
            }
            escaped.Append(c switch
            {
                '\t' => @"\t",
                '\n' => @"\n",
                '\r' => @"\r",
                <= '\u00FF' => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
            });
        }
        return escaped.ToString();
    }

    /// <summary>Escaped for the terminal and for Spectre.Console markup (<c>[</c> and <c>]</c>), for text put in markup.</summary>
    public static string Markup(string? text) => Spectre.Console.Markup.Escape(Escape(text));

    /// <summary>A diagnostic's compiler-style line (<c>file:line:col: error CF0104: message</c>), escaped.</summary>
    public static string Line(Diagnostic diagnostic) => Escape(diagnostic.ToString());
}
