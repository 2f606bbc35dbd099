namespace Certfolio.Core.Text;

/// <summary>Where a diagnostic points: a file (relative to the portfolio root) and a 1-based position.</summary>
public sealed record SourceLocation(string FilePath, int Line, int Column)
{
    public static SourceLocation FileStart(string filePath) => new(filePath, 1, 1);

    public static SourceLocation At(string filePath, LinePosition position) => new(filePath, position.Line, position.Column);
}
