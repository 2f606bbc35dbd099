namespace Certfolio.Core.Text;

/// <summary>
/// Where a diagnostic points: a file (relative to the portfolio root) and a 1-based position, with where the value it
/// points at ends (<see cref="End"/>) when that is known, so a report underlines the whole value.
/// </summary>
public sealed record SourceLocation(string FilePath, int Line, int Column)
{
    /// <summary>The position just after the value pointed at; the default when only the start is known.</summary>
    public LinePosition End { get; init; }

    // Two locations are the same place when they start at the same place: the end only says how much a report
    // underlines, and a location made from a start alone (a test, a JSON path) still names the same value.
    public bool Equals(SourceLocation? other) =>
        other is not null && Line == other.Line && Column == other.Column && string.Equals(FilePath, other.FilePath, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(FilePath, Line, Column);

    public SourceSpan Span => new(new LinePosition(Line, Column), End.Line > 0 ? End : new LinePosition(Line, Column));

    public static SourceLocation FileStart(string filePath) => new(filePath, 1, 1);

    /// <summary>A folder as a whole (line and column 0): printed <c>folder/</c>, with no position in a file that may not exist.</summary>
    public static SourceLocation Folder(string folderPath) => new(folderPath, 0, 0);

    public bool IsFolder => Line == 0;

    /// <summary><c>file:line:col</c>, or <c>folder/</c>, with <paramref name="shownPath"/> standing for the path.</summary>
    public string Describe(string shownPath) => IsFolder ? shownPath.TrimEnd('/') + "/" : $"{shownPath}:{Line}:{Column}";

    public static SourceLocation At(string filePath, LinePosition position) => new(filePath, position.Line, position.Column);

    public static SourceLocation At(string filePath, SourceSpan span) => new(filePath, span.Start.Line, span.Start.Column) { End = span.End };
}
