using System.Text.RegularExpressions;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;

namespace Certfolio.Core.Documents;

/// <summary>
/// Turns the YamlDotNet errors a first-time user meets into plain words with the fix, at the place to fix it:
/// YamlDotNet says "While scanning a plain scalar value, found invalid mapping" where the user wrote
/// <c>title: AWS: Developer</c>. Matched on the parser's message and the text at its position; anything not
/// recognised keeps the parser's own words (CF0008).
/// </summary>
public static partial class YamlErrorTranslator
{
    /// <summary>The descriptors a YAML syntax error is reported with.</summary>
    public static bool IsSyntaxError(DiagnosticDescriptor descriptor) =>
        descriptor == Descriptors.YamlSyntax || descriptor == Descriptors.UnquotedColon || descriptor == Descriptors.UnclosedQuote;

    /// <param name="yaml">The front matter text.</param>
    /// <param name="message">The parser's message, without its position prefix.</param>
    /// <param name="at">The parser's position, in the front matter's lines (1-based).</param>
    public static YamlProblem Translate(string yaml, string message, LinePosition at)
    {
        var lines = yaml.Split('\n');
        var known = at.Line >= 1 && at.Line <= lines.Length && at.Column >= 1
            ? Recognise(lines, message, at)
            : null;
        return known ?? new YamlProblem(Descriptors.YamlSyntax, at, [message]);
    }

    private static YamlProblem? Recognise(string[] lines, string message, LinePosition at)
    {
        var line = lines[at.Line - 1].TrimEnd('\r');
        if (message.Contains("found invalid mapping", StringComparison.Ordinal))
            return ColonInValue(line, at) ?? ColonWithoutSpace(lines, at);
        if (message.StartsWith("While scanning a quoted scalar", StringComparison.Ordinal)
            || message.StartsWith("While scanning a multi-line double-quoted scalar", StringComparison.Ordinal)
            || message.StartsWith("While scanning a multi-line single-quoted scalar", StringComparison.Ordinal))
            return HalfCharacterEscape(line, at) ?? UnclosedQuote(line, at);
        if (message.StartsWith("While parsing a block mapping, did not find expected key", StringComparison.Ordinal)
            || message.StartsWith("While parsing a block collection, did not find expected '-' indicator", StringComparison.Ordinal)
            || message.StartsWith("Did not find expected <document end>", StringComparison.Ordinal))
            return UnexpectedText(line, at);
        if (message.StartsWith("While parsing a flow sequence, did not find expected ',' or ']'", StringComparison.Ordinal))
            return UnclosedList(lines, at);
        return null;
    }

    // `title: AWS: Developer`: the second ': ' would start a mapping inside a plain value.
    private static YamlProblem? ColonInValue(string line, LinePosition at)
    {
        if (KeyAndValue().Match(line) is not { Success: true } match) return null;
        var value = match.Groups["value"];
        if (at.Column - 1 <= value.Index) return null;
        var text = value.Value;
        if (text.IndexOf(" #", StringComparison.Ordinal) is var comment and > 0) text = text[..comment];
        text = text.TrimEnd();
        var quoted = "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        var key = match.Groups["key"].Value;
        return new YamlProblem(Descriptors.UnquotedColon, new LinePosition(at.Line, value.Index + 1), [key, $"{key}: {quoted}"]);
    }

    // `title:"T"` on the line before: without a space the colon is text, and the parser stops on the next line.
    private static YamlProblem? ColonWithoutSpace(string[] lines, LinePosition at)
    {
        for (var i = at.Line - 2; i >= 0; i--)
        {
            var previous = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(previous)) continue;
            if (KeyWithoutSpace().Match(previous) is not { Success: true } match) return null;
            var fix = $"{match.Groups["key"].Value}: {match.Groups["value"].Value.TrimEnd()}";
            return new YamlProblem(Descriptors.YamlSyntax, new LinePosition(i + 1, match.Groups["colon"].Index + 1),
                [$"a key needs a space after its colon: write '{fix}'; without it YAML reads this line and the next as one value"]);
        }
        return null;
    }

    // "Cert \uD83D": one half of a character (a lone UTF-16 surrogate) escaped in a double-quoted value, which YamlDotNet
    // refuses as it refuses an unclosed quote. Say which escape, at its place.
    private static YamlProblem? HalfCharacterEscape(string line, LinePosition at)
    {
        for (var i = Math.Max(0, at.Column - 1); i + 5 < line.Length; i++)
        {
            if (line[i] != '\\') continue;
            if (line[i + 1] != 'u' || !int.TryParse(line.AsSpan(i + 2, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var unit))
            {
                i++;
                continue;
            }
            var paired = char.IsHighSurrogate((char)unit) && i + 11 < line.Length && line[i + 6] == '\\' && line[i + 7] == 'u'
                         && int.TryParse(line.AsSpan(i + 8, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var low)
                         && char.IsLowSurrogate((char)low);
            if (paired) { i += 11; continue; }
            if (char.IsSurrogate((char)unit))
                return new YamlProblem(Descriptors.YamlSyntax, new LinePosition(at.Line, i + 1),
                    [$"the escape '{line.Substring(i, 6)}' is half of a character (a lone surrogate; a tool cut a character such as an emoji in two): write the character itself"]);
            i += 5;
        }
        return null;
    }

    private static YamlProblem? UnclosedQuote(string line, LinePosition at)
    {
        var index = at.Column - 1;
        if (index >= line.Length || line[index] is not ('"' or '\'') ) return null;
        return new YamlProblem(Descriptors.UnclosedQuote, at, [line[index].ToString()]);
    }

    private static YamlProblem UnexpectedText(string line, LinePosition at)
    {
        var before = line[..Math.Min(at.Column - 1, line.Length)];
        // Body text where a key should be: the closing fence is missing and a later '---' (a rule) closed it instead.
        if (before.Length == 0 && !KeyAndValue().IsMatch(line) && !line.TrimEnd().EndsWith(':'))
            return new YamlProblem(Descriptors.YamlSyntax, at,
                ["this line is not a 'key: value' pair; if the front matter should end above it, close it there with a '---' line"]);
        if (string.IsNullOrWhiteSpace(before))
            return new YamlProblem(Descriptors.YamlSyntax, at,
                ["this line is indented differently from the lines above it: the keys of one mapping, and the items of one list, start in the same column"]);
        if (before.TrimEnd() is [.., '"' or '\''])
            return new YamlProblem(Descriptors.YamlSyntax, at,
                ["text follows the closing quote of a value: put the whole value in quotes, writing a \" inside it as \\\" (or quote the value with ' instead)"]);
        return new YamlProblem(Descriptors.YamlSyntax, at, ["unexpected text here, where a new key or the end of the value was expected"]);
    }

    // `skills: [AWS, DevOps` and no `]`: point at the '[' that is never closed, not at the fence the parser stopped on.
    private static YamlProblem UnclosedList(string[] lines, LinePosition at)
    {
        var position = at;
        for (var i = Math.Min(at.Line, lines.Length) - 1; i >= 0; i--)
        {
            var bracket = lines[i].LastIndexOf('[');
            if (bracket < 0) continue;
            position = new LinePosition(i + 1, bracket + 1);
            break;
        }
        return new YamlProblem(Descriptors.YamlSyntax, position,
            ["the list opened by this '[' is not closed: end it with ']' on the same line, with a ',' between items"]);
    }

    [GeneratedRegex(@"^(?<indent>\s*(?:-\s+)?)(?<key>[^\s:#'""\[{][^:#]*?):\s+(?<value>\S.*)$")]
    private static partial Regex KeyAndValue();

    [GeneratedRegex(@"^\s*(?:-\s+)?(?<key>[^\s:#'""\[{][^:\s]*)(?<colon>:)(?<value>[^\s:/].*)$")]
    private static partial Regex KeyWithoutSpace();
}
