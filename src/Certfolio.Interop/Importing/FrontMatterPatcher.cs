using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Certfolio.Core.Documents;
using Certfolio.Core.Text;

namespace Certfolio.Interop.Importing;

/// <summary>
/// Rewrites only the changed keys of a document in place, by the source positions of their values, so
/// comments, key order, quoting style and the Markdown body stay byte for byte as they were. A missing key
/// is added as a new line at the end of the front matter.
/// </summary>
public static partial class FrontMatterPatcher
{
    [GeneratedRegex(@"^\s*\d{1,2}\.\d{1,2}\.\d{4}\s*$")]
    private static partial Regex DottedDate();

    /// <summary>The new text of the document, or null with a reason when a value's shape cannot be rewritten safely.</summary>
    public static string Apply(Document document, IReadOnlyList<FieldChange> changes, out string? refusal)
    {
        refusal = null;
        if (document.FrontMatter is not { } frontMatter)
        {
            refusal = "the document's front matter could not be read";
            return document.Source.Text;
        }
        var source = document.Source;
        var text = source.Text;
        var isToml = document.Format == FrontMatterFormat.Toml;
        var edits = new List<(int Start, int End, string Replacement)>();
        var appended = new StringBuilder();

        foreach (var change in changes)
        {
            var entry = frontMatter.Find(change.Key);
            if (entry is null)
            {
                appended.Append(change.Key).Append(isToml ? " = " : ": ").Append(Render(change, null, isToml, text)).Append('\n');
                continue;
            }
            var start = Offset(source, entry.Value.Start);
            var end = ValueEnd(source, entry, start);
            if (end is null)
            {
                refusal = $"the value of '{change.Key}' has a shape that cannot be rewritten in place (a block scalar or a mapping)";
                return text;
            }
            edits.Add((start, end.Value, Render(change, (entry.Value, text[start..end.Value]), isToml, text)));
        }

        if (appended.Length > 0)
        {
            var closing = document.BodyStartLine - 1;
            var at = source.LineStart(closing);
            if (isToml)
            {
                // A key after a [table] header would belong to the table: add it before the first header instead.
                for (var line = 2; line < closing; line++)
                {
                    if (source.GetLineText(line).TrimStart().StartsWith('[')) { at = source.LineStart(line); break; }
                }
            }
            var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            edits.Add((at, at, appended.ToString().Replace("\n", newline, StringComparison.Ordinal)));
        }

        var result = new StringBuilder(text);
        foreach (var (start, end, replacement) in edits.OrderByDescending(e => e.Start))
        {
            result.Remove(start, end - start).Insert(start, replacement);
        }
        return result.ToString();
    }

    private static int Offset(SourceText source, LinePosition position) => source.LineStart(position.Line) + position.Column - 1;

    /// <summary>Where the value starting at <paramref name="start"/> ends (exclusive), or null for shapes not rewritten.</summary>
    private static int? ValueEnd(SourceText source, FrontMatterEntry entry, int start)
    {
        var text = source.Text;
        if (start >= text.Length) return null;
        switch (entry.Value)
        {
            case FrontMatterMapping:
                return null;
            case FrontMatterSequence { IsFlow: true }:
                return ScanBracket(text, start);
            case FrontMatterSequence sequence:
                return BlockEnd(source, entry, sequence);
        }
        var first = text[start];
        if (first == '"') return ScanDoubleQuoted(text, start);
        if (first == '\'') return ScanSingleQuoted(text, start);
        if (first is '|' or '>') return null;
        var lineEnd = text.IndexOf('\n', start);
        if (lineEnd < 0) lineEnd = text.Length;
        var end = lineEnd;
        var comment = text.IndexOf(" #", start, lineEnd - start, StringComparison.Ordinal);
        if (comment >= 0) end = comment;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    private static int? BlockEnd(SourceText source, FrontMatterEntry entry, FrontMatterSequence sequence)
    {
        if (sequence.Items.Count == 0) return null;
        var keyIndent = entry.KeyStart.Column - 1;
        var lastLine = sequence.Start.Line;
        for (var line = sequence.Start.Line + 1; line <= source.LineCount; line++)
        {
            var lineText = source.GetLineText(line);
            if (lineText.Trim().Length == 0) continue;
            var indent = lineText.Length - lineText.TrimStart().Length;
            var continues = indent > keyIndent || (indent == keyIndent && lineText.TrimStart().StartsWith("- ", StringComparison.Ordinal));
            if (!continues || lineText.TrimEnd() is "---" or "+++") break;
            lastLine = line;
        }
        var end = source.LineStart(lastLine) + source.GetLineText(lastLine).TrimEnd().Length;
        return end;
    }

    private static int? ScanDoubleQuoted(string text, int start)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\') { i++; continue; }
            if (text[i] == '"') return i + 1;
        }
        return null;
    }

    private static int? ScanSingleQuoted(string text, int start)
    {
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] != '\'') continue;
            if (i + 1 < text.Length && text[i + 1] == '\'') { i++; continue; }
            return i + 1;
        }
        return null;
    }

    private static int? ScanBracket(string text, int start)
    {
        if (text[start] != '[') return null;
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '"': i = (ScanDoubleQuoted(text, i) ?? text.Length) - 1; break;
                case '\'': i = (ScanSingleQuoted(text, i) ?? text.Length) - 1; break;
                case '[': depth++; break;
                case ']':
                    depth--;
                    if (depth == 0) return i + 1;
                    break;
            }
        }
        return null;
    }

    /// <summary>The new value written in the style of the old one (quotes, date format, flow or block list).</summary>
    private static string Render(FieldChange change, (FrontMatterNode Node, string Raw)? old, bool isToml, string text)
    {
        var quote = old?.Raw is { Length: > 0 } raw ? raw[0] : '"';
        string Scalar(string value)
        {
            if (isToml) return quote == '\'' && !value.Contains('\'') && !value.Contains('\n') ? "'" + value + "'" : YamlText.Quote(value);
            if (quote == '\'' && !value.Contains('\n')) return YamlText.SingleQuote(value);
            if (quote != '"' && old is not null && YamlText.IsSafePlain(value)) return value;
            return YamlText.Quote(value);
        }

        switch (change.Kind)
        {
            case FieldKind.Word:
                return isToml ? YamlText.Quote((string)change.NewValue) : (string)change.NewValue;
            case FieldKind.Date:
            {
                var date = (DateOnly)change.NewValue;
                if (old is { Node: FrontMatterScalar { Kind: ScalarKind.DateTime } }) return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var dotted = old is null || DottedDate().IsMatch(old.Value.Raw.Trim('"', '\''));
                var formatted = dotted ? YamlText.Date(date) : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (isToml) return YamlText.Quote(formatted);
                if (old is { Node: FrontMatterScalar { IsQuoted: false } }) return formatted;
                return quote == '\'' ? YamlText.SingleQuote(formatted) : YamlText.Quote(formatted);
            }
            case FieldKind.List:
            {
                var items = (IReadOnlyList<string>)change.NewValue;
                if (old is { Node: FrontMatterSequence { IsFlow: false } block })
                {
                    var firstItem = block.Items[0].Start;
                    var itemQuote = text.Length > 0 ? CharAt(text, firstItem) : '"';
                    var indent = new string(' ', block.Start.Column - 1);
                    return string.Join("\n" + indent, items.Select(i => "- " + ItemText(i, itemQuote)));
                }
                if (old is { Node: FrontMatterSequence { IsFlow: true, Items.Count: > 0 } flow } && !isToml)
                {
                    var itemQuote = CharAt(text, flow.Items[0].Start);
                    return "[" + string.Join(", ", items.Select(i => ItemText(i, itemQuote))) + "]";
                }
                return YamlText.FlowList(items);
            }
            default:
                return Scalar((string)change.NewValue);
        }

        char CharAt(string source, LinePosition position)
        {
            var lines = new SourceText(source);
            var offset = lines.LineStart(position.Line) + position.Column - 1;
            return offset < source.Length ? source[offset] : '"';
        }

        string ItemText(string value, char itemQuote) => itemQuote switch
        {
            '\'' when !value.Contains('\n') && !isToml => YamlText.SingleQuote(value),
            '"' => YamlText.Quote(value),
            _ when !isToml && YamlText.IsSafePlain(value) && !value.Contains(',') && !value.Contains(']') => value,
            _ => YamlText.Quote(value),
        };
    }
}
