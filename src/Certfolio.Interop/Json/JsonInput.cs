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
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

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
