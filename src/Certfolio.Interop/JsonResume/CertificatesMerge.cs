using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Certfolio.Core.Model;
using Certfolio.Interop.Importing;
using Certfolio.Interop.Importing.Identity;

namespace Certfolio.Interop.JsonResume;

/// <summary>
/// <c>--into resume.json</c>: the user's <c>certificates</c> stay where they are, in their order and as they are written.
/// An entry is one of the portfolio's credentials when the evidence agrees, as <c>import</c> decides it (the same issuer
/// when the entry names one, a compatible title, and the same <c>credentialId</c>, <c>url</c> that is no profile page,
/// date, or name): it gets the values Certfolio writes, each in its place, and keeps every other property. Entries
/// Certfolio does not know, or whose values it would not change, are left byte for byte; credentials the resume lacks
/// are appended in portfolio order. Only the <c>certificates</c> array is rewritten: every byte outside it stays, in the
/// file's own indentation and line endings.
/// </summary>
public static class CertificatesMerge
{
    private static readonly JsonReaderOptions Reading = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The resume <paramref name="text"/> (a JSON object, already known to parse) with the credentials merged in.</summary>
    public static string Into(string text, IReadOnlyList<(Credential Credential, JsonObject Item)> exported)
    {
        var bom = text.StartsWith('\uFEFF') ? "\uFEFF" : "";
        var bytes = Encoding.UTF8.GetBytes(text[bom.Length..]);
        var layout = Layout.Of(bytes);

        // The entries as they are, each with its values merged where it is one of the portfolio's credentials.
        var placed = new HashSet<int>();
        var entries = new List<(Span Span, JsonObject? Replacement)>();
        foreach (var span in layout.Elements)
        {
            var original = JsonNode.Parse(bytes.AsSpan(span.Start, span.End - span.Start), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            JsonObject? replacement = null;
            if (original is JsonObject entry && FindMatch(entry, exported, placed) is { } index)
            {
                placed.Add(index);
                var merged = (JsonObject)entry.DeepClone();
                foreach (var (key, value) in exported[index].Item) merged[key] = value?.DeepClone();
                if (!JsonNode.DeepEquals(merged, entry)) replacement = merged;
            }
            entries.Add((span, replacement));
        }
        var appended = exported.Where((_, i) => !placed.Contains(i)).Select(e => e.Item).ToArray();

        var output = new StringBuilder(text.Length + 256 * appended.Length).Append(bom);
        string Bytes(int from, int to) => Encoding.UTF8.GetString(bytes, from, to - from);
        if (layout.Array is { } array && entries.Count > 0)
        {
            // Each entry in place; new ones after the last, as the file indents its entries.
            var position = 0;
            foreach (var (span, replacement) in entries)
            {
                if (replacement is null) continue;
                output.Append(Bytes(position, span.Start)).Append(layout.Write(replacement, layout.IndentOfLineAt(span.Start) ?? layout.EntryIndent));
                position = span.End;
            }
            var last = entries[^1].Span.End;
            output.Append(Bytes(position, last));
            foreach (var item in appended) output.Append(',').Append(layout.NewLine).Append(layout.EntryIndent).Append(layout.Write(item, layout.EntryIndent));
            output.Append(Bytes(last, bytes.Length));
        }
        else if (layout.Value is { } value)
        {
            // "certificates": [] or null or anything else: the array takes the value's place.
            output.Append(Bytes(0, value.Start)).Append(layout.WriteArray(appended)).Append(Bytes(value.End, bytes.Length));
        }
        else
        {
            // No certificates yet: the key goes after the last one, in the file's indentation.
            var property = $"\"{JsonResumeFields.Certificates}\": {layout.WriteArray(appended)}";
            if (layout.TrailingComma is { } comma)
            {
                var at = layout.LineStartOfClosingBrace ?? comma;
                var lead = layout.LineStartOfClosingBrace is null ? layout.NewLine : "";
                output.Append(Bytes(0, at)).Append(lead).Append(layout.KeyIndent).Append(property).Append(layout.LineStartOfClosingBrace is null ? "" : layout.NewLine).Append(Bytes(at, bytes.Length));
            }
            else if (layout.LastValueEnd is { } end)
            {
                output.Append(Bytes(0, end)).Append(',').Append(layout.NewLine).Append(layout.KeyIndent).Append(property).Append(Bytes(end, bytes.Length));
            }
            else
            {
                var open = layout.RootOpen + 1;
                output.Append(Bytes(0, open)).Append(layout.NewLine).Append(layout.KeyIndent).Append(property).Append(layout.NewLine).Append(Bytes(open, bytes.Length));
            }
        }
        return output.ToString();
    }

    private readonly record struct Span(int Start, int End);

    /// <summary>Where the resume's parts are (byte offsets in its UTF-8) and how it is laid out.</summary>
    private sealed class Layout
    {
        private readonly byte[] _bytes;

        private Layout(byte[] bytes) => _bytes = bytes;

        public int RootOpen { get; private set; }
        /// <summary>The value of <c>certificates</c>, when the resume has the key.</summary>
        public Span? Value { get; private set; }
        /// <summary>The value when it is an array.</summary>
        public Span? Array { get; private set; }
        public List<Span> Elements { get; } = [];
        /// <summary>The end of the root's last value, and the comma after it when the file writes one (JSON5 style).</summary>
        public int? LastValueEnd { get; private set; }
        public int? TrailingComma { get; private set; }
        /// <summary>The start of the closing brace's line, when nothing but white space precedes the brace on it.</summary>
        public int? LineStartOfClosingBrace { get; private set; }
        public string NewLine { get; private set; } = "\n";
        /// <summary>One level of the file's indentation, and the indentation of the root's keys and of the entries.</summary>
        public string Unit { get; private set; } = "  ";
        public string KeyIndent { get; private set; } = "  ";
        public string EntryIndent { get; private set; } = "    ";

        public static Layout Of(byte[] bytes)
        {
            var layout = new Layout(bytes);
            var reader = new Utf8JsonReader(bytes, Reading);
            reader.Read();
            layout.RootOpen = (int)reader.TokenStartIndex;
            int? firstKey = null;
            int? certificatesKey = null;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
            {
                var key = (int)reader.TokenStartIndex;
                firstKey ??= key;
                var isCertificates = reader.ValueTextEquals(JsonResumeFields.Certificates);
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                if (isCertificates && reader.TokenType == JsonTokenType.StartArray)
                {
                    certificatesKey = key;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var element = (int)reader.TokenStartIndex;
                        reader.Skip();
                        layout.Elements.Add(new Span(element, (int)reader.BytesConsumed));
                    }
                    layout.Array = new Span(start, (int)reader.BytesConsumed);
                }
                else
                {
                    reader.Skip();
                    if (isCertificates) certificatesKey = key;
                }
                if (isCertificates) layout.Value = new Span(start, (int)reader.BytesConsumed);
                layout.LastValueEnd = (int)reader.BytesConsumed;
            }
            var close = (int)reader.TokenStartIndex;

            layout.NewLine = bytes.AsSpan().IndexOf("\r\n"u8) >= 0 ? "\r\n" : "\n";
            if (firstKey is { } first && layout.IndentOfLineAt(first) is { Length: > 0 } unit) layout.Unit = unit;
            layout.KeyIndent = (certificatesKey is { } at ? layout.IndentOfLineAt(at) : null) ?? layout.Unit;
            layout.EntryIndent = (layout.Elements.Count > 0 ? layout.IndentOfLineAt(layout.Elements[0].Start) : null) ?? layout.KeyIndent + layout.Unit;
            if (layout.LastValueEnd is { } end) layout.TrailingComma = layout.CommaAfter(end, close);
            var lineStart = layout.LineStart(close);
            if (layout.IsBlank(lineStart, close)) layout.LineStartOfClosingBrace = lineStart;
            return layout;
        }

        /// <summary>The white space before the token at <paramref name="offset"/> when nothing else precedes it on its line.</summary>
        public string? IndentOfLineAt(int offset)
        {
            var start = LineStart(offset);
            return IsBlank(start, offset) ? Encoding.UTF8.GetString(_bytes, start, offset - start) : null;
        }

        public string Write(JsonObject item, string indent)
        {
            var options = new JsonSerializerOptions
            {
                WriteIndented = true,
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                IndentCharacter = Unit[0] == '\t' ? '\t' : ' ',
                IndentSize = Math.Max(1, Unit.Length),
                NewLine = NewLine,
            };
            return item.ToJsonString(options).Replace(NewLine, NewLine + indent, StringComparison.Ordinal);
        }

        public string WriteArray(IReadOnlyList<JsonObject> items)
        {
            if (items.Count == 0) return "[]";
            var entryIndent = KeyIndent + Unit;
            return "[" + NewLine + string.Join("," + NewLine, items.Select(i => entryIndent + Write(i, entryIndent))) + NewLine + KeyIndent + "]";
        }

        private int LineStart(int offset)
        {
            var start = offset;
            while (start > 0 && _bytes[start - 1] != '\n') start--;
            return start;
        }

        private bool IsBlank(int from, int to)
        {
            for (var i = from; i < to; i++)
                if (_bytes[i] is not ((byte)' ' or (byte)'\t')) return false;
            return true;
        }

        /// <summary>The offset just after a comma between <paramref name="from"/> and <paramref name="to"/>, past white space and comments.</summary>
        private int? CommaAfter(int from, int to)
        {
            for (var i = from; i < to; i++)
            {
                switch (_bytes[i])
                {
                    case (byte)',': return i + 1;
                    case (byte)'/' when i + 1 < to && _bytes[i + 1] == '/':
                        while (i < to && _bytes[i] != '\n') i++;
                        break;
                    case (byte)'/' when i + 1 < to && _bytes[i + 1] == '*':
                        i += 2;
                        while (i + 1 < to && !(_bytes[i] == '*' && _bytes[i + 1] == '/')) i++;
                        i++;
                        break;
                }
            }
            return null;
        }
    }

    /// <summary>The portfolio credential <paramref name="entry"/> is, by the evidence, or null.</summary>
    private static int? FindMatch(JsonObject entry, IReadOnlyList<(Credential Credential, JsonObject Item)> exported, HashSet<int> placed)
    {
        var name = Text(entry, JsonResumeFields.Name);
        if (name is null) return null;
        var issuer = Text(entry, JsonResumeFields.Issuer);
        var id = Text(entry, JsonResumeFields.CredentialId);
        var url = Text(entry, JsonResumeFields.Url);
        var date = Text(entry, JsonResumeFields.Date) is { } text ? ResumeDate.Parse(text) : null;

        int? best = null;
        var bestStrength = 0;
        for (var i = 0; i < exported.Count; i++)
        {
            if (placed.Contains(i)) continue;
            var credential = exported[i].Credential;
            if (issuer is not null && !IssuerNames.Same(credential.Provider, issuer)) continue;
            if (!TitleCompatibility.Compatible(credential.Title, name)) continue;
            var sameName = string.Equals(credential.Title.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase);
            var strength = id is not null && string.Equals(credential.CredentialId?.Trim(), id.Trim(), StringComparison.Ordinal) ? 8
                : url is not null && !ProfileUrl.IsProfile(url) && credential.VerificationUrl is { } own && SameUrl(own, url) ? 4
                : date is { } d && CredentialComparer.SameDate(credential.Issued, d.Date, d.Precision) ? 2
                : sameName ? 1
                : 0;
            if (strength > 0 && sameName) strength++;
            if (strength > bestStrength) (best, bestStrength) = (i, strength);
        }
        return best;
    }

    private static string? Text(JsonObject entry, string key) =>
        entry[key] is JsonValue value && value.TryGetValue<string>(out var text) && text.Trim().Length > 0 ? text : null;

    private static bool SameUrl(string a, string b) =>
        string.Equals(a.Trim().TrimEnd('/'), b.Trim().TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
