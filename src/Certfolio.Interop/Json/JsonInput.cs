using System.Text.Json;
using Certfolio.Interop.Importing;

namespace Certfolio.Interop.Json;

/// <summary>Parses an input file as JSON within the import limits, turning every failure into a message with a position.</summary>
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
            var where = e.LineNumber is { } line ? $"{input.Name}:{line + 1}:{(e.BytePositionInLine ?? 0) + 1}" : input.Name;
            failure = ImportReadResult.Malformed(ImportMessage.Error(where, $"not valid JSON: {e.Message.Split(" Path:")[0].Split(" LineNumber:")[0].Trim()}"));
            return null;
        }
    }

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

    public static bool IsHttpUrl(string? text) =>
        text is not null && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
