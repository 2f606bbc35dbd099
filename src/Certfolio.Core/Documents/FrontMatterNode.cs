using Certfolio.Core.Text;

namespace Certfolio.Core.Documents;

/// <summary>
/// A front matter value with its position in the file, independent of YAML or TOML, so binding and
/// validation are written once. Positions are 1-based and already shifted to file lines.
/// </summary>
public abstract record FrontMatterNode(LinePosition Start)
{
    /// <summary>The position just after the value (after a closing quote or bracket); the default when not known.</summary>
    public LinePosition End { get; init; }

    /// <summary>Where the value is written, from <see cref="Start"/> to <see cref="End"/>.</summary>
    public SourceSpan Span => new(Start, End.Line > 0 ? End : Start);

    /// <summary>A short description of the node's shape for messages ("a list", "a mapping", "a number").</summary>
    public abstract string Describe();
}

public enum ScalarKind
{
    /// <summary>Quoted or typed string: its text is taken as written.</summary>
    String,
    /// <summary>An unquoted YAML scalar: a string unless it reads as null, bool or number.</summary>
    Plain,
    Integer,
    Float,
    Boolean,
    Null,
    /// <summary>A typed date or date-time (TOML).</summary>
    DateTime,
}

public sealed record FrontMatterScalar(LinePosition Start, string Value, ScalarKind Kind, bool IsQuoted) : FrontMatterNode(Start)
{
    /// <summary>The YAML 1.2 core-schema type of an unquoted value.</summary>
    public ScalarKind ResolvedKind => Kind != ScalarKind.Plain ? Kind : ResolvePlain(Value);

    public bool IsNull => ResolvedKind == ScalarKind.Null;

    /// <summary>
    /// An unquoted YAML value written over several lines, which YAML joins with spaces: a list item indented under
    /// the one before it (<c>- Agile</c> below <c>- Project Management</c>) becomes part of that item.
    /// </summary>
    public bool FoldedFromLines { get; init; }

    public override string Describe() => ResolvedKind switch
    {
        ScalarKind.Integer or ScalarKind.Float => "a number",
        ScalarKind.Boolean => "a boolean",
        ScalarKind.Null => "empty",
        ScalarKind.DateTime => "a date",
        _ => "a string",
    };

    private static ScalarKind ResolvePlain(string value)
    {
        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL": return ScalarKind.Null;
            case "true" or "True" or "TRUE" or "false" or "False" or "FALSE": return ScalarKind.Boolean;
        }
        if (long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out _))
            return ScalarKind.Integer;
        if (value.Length > 0 && (char.IsDigit(value[0]) || value[0] is '-' or '+' or '.')
            && double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
            && !value.Contains("..", StringComparison.Ordinal) && value.Count(c => c == '.') <= 1)
            return ScalarKind.Float;
        return ScalarKind.String;
    }
}

public sealed record FrontMatterSequence(LinePosition Start, IReadOnlyList<FrontMatterNode> Items, bool IsFlow) : FrontMatterNode(Start)
{
    public override string Describe() => "a list";
}

public sealed record FrontMatterEntry(string Key, LinePosition KeyStart, FrontMatterNode Value)
{
    /// <summary>The position just after the key as written; the default when not known.</summary>
    public LinePosition KeyEnd { get; init; }

    /// <summary>Where the key is written.</summary>
    public SourceSpan KeySpan => new(KeyStart, KeyEnd.Line > 0 ? KeyEnd : KeyStart);
}

public sealed record FrontMatterMapping(LinePosition Start, IReadOnlyList<FrontMatterEntry> Entries) : FrontMatterNode(Start)
{
    public override string Describe() => "a mapping";

    public FrontMatterEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (string.Equals(entry.Key, key, StringComparison.Ordinal)) return entry;
        }
        return null;
    }
}
