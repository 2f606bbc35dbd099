namespace Certfolio.Core.Text;

/// <summary>
/// Where a value is written: its first character and the position just after its last, both 1-based. A small value
/// kept inline by every node and bound field, so a report can underline the whole value without reading the file again.
/// </summary>
public readonly record struct SourceSpan(LinePosition Start, LinePosition End)
{
    /// <summary>A span that only marks where something starts (<see cref="End"/> equal to <see cref="Start"/>).</summary>
    public static SourceSpan At(LinePosition start) => new(start, start);

    /// <summary>False for the default span, which stands for a value that is not written.</summary>
    public bool IsKnown => Start.Line > 0;
}
