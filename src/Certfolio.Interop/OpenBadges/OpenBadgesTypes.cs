using System.Text.Json;
using Certfolio.Interop.Json;

namespace Certfolio.Interop.OpenBadges;

/// <summary>The <c>type</c> of an Open Badges object: one string or an array of them.</summary>
public static class OpenBadgesTypes
{
    public static IReadOnlyList<string> Of(JsonElement element) => JsonInput.Property(element, "type") switch
    {
        { ValueKind: JsonValueKind.String } s => [s.GetString()!],
        { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToArray(),
        _ => [],
    };
}
