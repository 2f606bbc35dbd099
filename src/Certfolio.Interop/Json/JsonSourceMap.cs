using System.Text;
using System.Text.Json;
using Certfolio.Core.Text;
using Certfolio.Interop.Importing;

namespace Certfolio.Interop.Json;

/// <summary>
/// Where each value of a JSON input starts, by JSON path (<c>$.data[3].badge_template.name</c>), so a problem found
/// in the parsed document is reported at <c>file:line:column</c>. A path that is not in the file (a missing property)
/// is placed at its nearest ancestor that is: the object that lacks it. The file is scanned on the first question
/// only, so an input without problems costs nothing.
/// </summary>
public sealed class JsonSourceMap(ImportInput input)
{
    private Dictionary<string, (int Line, int Column)>? _starts;

    /// <summary>The place of <paramref name="path"/>, for a diagnostic or a record.</summary>
    public InputPlace Place(string path) => new(At(path), path);

    public SourceLocation At(string path)
    {
        _starts ??= Scan(input.Text);
        for (var current = path; current.Length > 0; current = Parent(current))
        {
            if (_starts.TryGetValue(current, out var start)) return new SourceLocation(input.Name, start.Line, start.Column);
        }
        return SourceLocation.FileStart(input.Name);
    }

    /// <summary><c>$.a[2].b</c> → <c>$.a[2]</c> → <c>$.a</c> → <c>$</c> → empty.</summary>
    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut < 0 ? "" : path[..cut];
    }

    private static Dictionary<string, (int Line, int Column)> Scan(string text)
    {
        var starts = new Dictionary<string, (int Line, int Column)>(StringComparer.Ordinal);
        var bytes = Encoding.UTF8.GetBytes(text.TrimStart('\uFEFF'));
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = ImportLimits.MaxJsonDepth,
        });
        var positions = new PositionCounter(bytes);
        // Each open object or array: its path, the property being read (objects) and the next index (arrays).
        var open = new Stack<(string Path, string? Property, int NextIndex)>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var parent = open.Pop();
                        open.Push(parent with { Property = reader.GetString() });
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        open.Pop();
                        break;
                    default:
                        var path = ValuePath(open);
                        starts.TryAdd(path, positions.At(reader.TokenStartIndex));
                        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) open.Push((path, null, 0));
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The importer parsed the same text, so this is not reached; what was mapped so far is still right.
        }
        return starts;
    }

    /// <summary>The path of the value about to be read, counting it in its array.</summary>
    private static string ValuePath(Stack<(string Path, string? Property, int NextIndex)> open)
    {
        if (open.Count == 0) return "$";
        var parent = open.Pop();
        open.Push(parent with { NextIndex = parent.NextIndex + 1 });
        return parent.Property is { } name ? $"{parent.Path}.{name}" : $"{parent.Path}[{parent.NextIndex}]";
    }

    /// <summary>Turns byte offsets, asked in increasing order, into 1-based lines and columns counted in characters.</summary>
    private sealed class PositionCounter(byte[] bytes)
    {
        private int _offset;
        private int _line = 1;
        private int _column = 1;

        public (int Line, int Column) At(long offset)
        {
            for (; _offset < offset && _offset < bytes.Length; _offset++)
            {
                var b = bytes[_offset];
                if (b == (byte)'\n')
                {
                    _line++;
                    _column = 1;
                }
                else if ((b & 0xC0) != 0x80)
                {
                    // A lead byte starts a character; four-byte sequences are two UTF-16 characters, as editors count them.
                    _column += b >= 0xF0 ? 2 : 1;
                }
            }
            return (_line, _column);
        }
    }
}
