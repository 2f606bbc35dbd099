using System.Runtime.InteropServices;

namespace Certfolio.Core.Text;

/// <summary>The decoded text of one file with a map from offsets to 1-based lines and columns.</summary>
public sealed class SourceText
{
    private readonly ReadOnlyMemory<char> _text;
    // Found on first use: most texts are read front to back and never asked for a position (check reads each
    // document once and quotes a line only from a few); two threads racing here compute the same array.
    private int[]? _lineStarts;

    public SourceText(string text) : this(text.AsMemory())
    {
    }

    /// <summary>A text that is not a string, such as a document decoded into a buffer of its own (see <see cref="Documents.SourceDecoder"/>).</summary>
    public SourceText(ReadOnlyMemory<char> text) => _text = text;

    /// <summary>The whole text, without copying it.</summary>
    public ReadOnlySpan<char> Span => Memory.Span;

    public int Length => Memory.Length;

    /// <summary>The whole text as a string: the original string, or a new copy when the text was decoded into a buffer.</summary>
    public string Text =>
        MemoryMarshal.TryGetString(Memory, out var text, out var start, out var length) && start == 0 && length == text.Length
            ? text
            : _text.Span.ToString();

    public int LineCount => LineStarts.Length;

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int LineStart(int line)
    {
        var starts = LineStarts;
        return starts[Math.Clamp(line, 1, starts.Length) - 1];
    }

    public LinePosition GetPosition(int offset)
    {
        var starts = LineStarts;
        offset = Math.Clamp(offset, 0, Length);
        var index = Array.BinarySearch(starts, offset);
        if (index < 0) index = ~index - 1;
        return new LinePosition(index + 1, offset - starts[index] + 1);
    }

    /// <summary>The text of a 1-based line without its line break.</summary>
    public string GetLineText(int line)
    {
        var starts = LineStarts;
        if (line < 1 || line > starts.Length) return string.Empty;
        var start = starts[line - 1];
        var end = line < starts.Length ? starts[line] : Length;
        return Span[start..end].TrimEnd("\n\r").ToString();
    }

    /// <summary>A 1-based line as a span, from its first character to its end (without the line break).</summary>
    public SourceSpan LineSpan(int line) =>
        new(new LinePosition(line, 1), new LinePosition(line, 1 + GetLineText(line).Length));

    /// <summary>
    /// The text of a 1-based line for a diagnostic to quote (<see cref="Diagnostics.Diagnostic.Quote"/>): null when the
    /// line is not in the text or is longer than <see cref="Diagnostics.Diagnostic.MaxQuoteLength"/>.
    /// </summary>
    public string? Quote(int line)
    {
        if (line < 1 || line > LineCount) return null;
        var start = LineStarts[line - 1];
        var end = line < LineStarts.Length ? LineStarts[line] : Length;
        var text = Span[start..end].TrimEnd("\n\r");
        return text.Length > Diagnostics.Diagnostic.MaxQuoteLength ? null : text.ToString();
    }

    private ReadOnlyMemory<char> Memory => _text;

    private int[] LineStarts => _lineStarts ??= FindLineStarts(_text.Span);

    private static int[] FindLineStarts(ReadOnlySpan<char> text)
    {
        var starts = new int[text.Count('\n') + 1];
        var line = 1;
        for (var i = text.IndexOf('\n'); i >= 0;)
        {
            starts[line++] = i + 1;
            var next = text[(i + 1)..].IndexOf('\n');
            i = next < 0 ? -1 : i + 1 + next;
        }
        return starts;
    }
}

/// <summary>A 1-based line and column.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public static readonly LinePosition FileStart = new(1, 1);
}
