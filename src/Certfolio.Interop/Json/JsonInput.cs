using System.Text.Json;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;
using Certfolio.Interop.Importing;

namespace Certfolio.Interop.Json;

/// <summary>Parses an input file as JSON within the import limits, turning every failure into a diagnostic with a position.</summary>
public static class JsonInput
{
    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = ImportLimits.MaxJsonDepth,
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static JsonDocument? Parse(ImportInput input, out ImportReadResult? failure)
    {
        failure = null;
        if (LoneSurrogate(input.Text) is { } half)
        {
            failure = ImportReadResult.Malformed(Diagnostic.Create(Descriptors.InvalidJson, half.At(input.Name), half.Reason));
            return null;
        }
        try
        {
            return JsonDocument.Parse(input.Text.TrimStart('\uFEFF'), Options);
        }
        catch (JsonException e)
        {
            failure = ImportReadResult.Malformed(Diagnostic.Create(Descriptors.InvalidJson, PositionOf(e, input.Name), Reason(e)));
            return null;
        }
    }

    /// <summary>The text as JSON, or null when it is not JSON (for telling formats apart; <see cref="Parse"/> says why not).</summary>
    public static JsonDocument? TryParse(string text)
    {
        try
        {
            // Telling the format needs no character whole: a half one reads as U+FFFD here, and Parse reports it.
            return JsonDocument.Parse(LoneSurrogate(text) is null ? text : WithoutLoneSurrogates(text), Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A <c>\u</c> escape in a JSON text that is half of a character, where it is and what to say about it.</summary>
    public sealed record HalfCharacter(int Line, int Column, string Escape)
    {
        public SourceLocation At(string fileName) => new(fileName, Line, Column);

        public string Reason => $"the escape '{Escape}' is half of a character (a lone surrogate; a tool cut a character such as an emoji in two)";
    }

    /// <summary>
    /// The first <c>\uD800</c>…<c>\uDFFF</c> escape that is not one half of a pair, or null. System.Text.Json accepts
    /// such an escape while parsing and throws when the string is read, so files are looked at before they are read.
    /// </summary>
    public static HalfCharacter? LoneSurrogate(string text)
    {
        var index = NextLoneSurrogate(text, 0);
        if (index < 0) return null;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return new HalfCharacter(line, index - lineStart + 1, text.Substring(index, 6));
    }

    /// <summary>The text with every lone surrogate escape written as <c>\uFFFD</c>, the replacement character.</summary>
    public static string WithoutLoneSurrogates(string text)
    {
        var builder = new System.Text.StringBuilder(text);
        for (var index = NextLoneSurrogate(text, 0); index >= 0; index = NextLoneSurrogate(text, index + 6))
            builder.Remove(index + 2, 4).Insert(index + 2, "FFFD");
        return builder.ToString();
    }

    private static int NextLoneSurrogate(string text, int from)
    {
        for (var i = Backslash(text, from); i >= 0 && i + 1 < text.Length; i = Backslash(text, i))
        {
            if (text[i + 1] != 'u') { i += 2; continue; }
            if (Hex4(text, i + 2) is not { } unit) { i += 2; continue; }
            if (char.IsLowSurrogate((char)unit)) return i;
            if (!char.IsHighSurrogate((char)unit)) { i += 6; continue; }
            if (i + 7 < text.Length && text[i + 6] == '\\' && text[i + 7] == 'u' && Hex4(text, i + 8) is { } low && char.IsLowSurrogate((char)low))
            {
                i += 12;
                continue;
            }
            return i;
        }
        return -1;
    }

    private static int Backslash(string text, int from) => from < text.Length ? text.IndexOf('\\', from) : -1;

    private static int? Hex4(string text, int at) =>
        at + 4 <= text.Length && int.TryParse(text.AsSpan(at, 4), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : null;

    /// <summary>Where the parser stopped (its line and byte in the line, both 0-based), else the file's start.</summary>
    public static SourceLocation PositionOf(JsonException e, string fileName) =>
        e.LineNumber is { } line ? new SourceLocation(fileName, (int)line + 1, (int)(e.BytePositionInLine ?? 0) + 1) : SourceLocation.FileStart(fileName);

    /// <summary>The parser's words without the position and path it appends (the diagnostic carries the position).</summary>
    public static string Reason(JsonException e) => e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].Trim().TrimEnd('.');

    /// <summary>A string property, trimmed, or null when absent, empty or not a string.</summary>
    public static string? String(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            && value.GetString() is { } text && text.Trim().Length > 0
            ? text.Trim()
            : null;

    public static JsonElement? Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? value
            : null;

    /// <summary>The strings of an array property (non-strings skipped).</summary>
    public static IReadOnlyList<string> Strings(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!.Trim()).Where(s => s.Length > 0).ToArray()
            : [];

    /// <summary>What a value is, for "expected …, not …": <c>an array</c>, <c>a string</c>, <c>nothing</c>.</summary>
    public static string Describe(JsonElement? value) => value?.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    public static bool IsHttpUrl(string? text) =>
        text is not null && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
