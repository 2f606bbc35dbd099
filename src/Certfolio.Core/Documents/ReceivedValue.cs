using System.Text;

namespace Certfolio.Core.Documents;

/// <summary>
/// What a message says it received: "must be a whole number; got 'abc'" tells the user what to fix, where
/// "not a number" named only a type (and, for "abc", read as a contradiction).
/// </summary>
public static class ReceivedValue
{
    /// <summary>Longest value a message quotes; a longer one is cut with an ellipsis.</summary>
    private const int MaxQuoted = 60;

    /// <summary>A scalar's own text, quoted, cut to 60 characters, control characters escaped; a list or mapping by its kind.</summary>
    public static string Of(FrontMatterNode node)
    {
        if (node is not FrontMatterScalar scalar) return node.Describe();
        if (scalar.ResolvedKind == ScalarKind.Null) return "nothing";
        var text = scalar.Value.Length > MaxQuoted ? scalar.Value[..MaxQuoted] + "…" : scalar.Value;
        var shown = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            // A value is printed to terminals and CI logs: an escape sequence in it must not reach them as one.
            if (char.IsControl(c)) shown.Append(c < 0x100 ? $"\\x{(int)c:X2}" : $"\\u{(int)c:X4}");
            else shown.Append(c);
        }
        return shown.Append('\'').ToString();
    }
}
