using System.Text.Json;
using Certfolio.Interop.Json;

namespace Certfolio.Interop.OpenBadges;

/// <summary>
/// The Open Badges 2.0 objects an assertion may name by URL instead of embedding (<c>BadgeClass</c>, <c>Issuer</c>/<c>Profile</c>),
/// gathered from every file of one import and found by their <c>id</c>. Hosted assertions (Credly's, the
/// specification's own example) name their BadgeClass by URL; nothing is fetched, so the class must be one of the files.
/// </summary>
public sealed class LinkedObjects
{
    private readonly Dictionary<string, JsonElement> _byId = new(StringComparer.Ordinal);

    /// <summary>The types that describe a badge or its issuer rather than award one: no record of their own.</summary>
    public static bool IsLinkedType(IReadOnlyCollection<string> types) =>
        types.Contains("BadgeClass") || types.Contains("Issuer") || types.Contains("Profile");

    /// <summary>Every linked object of <paramref name="roots"/>, whole files or items of a top-level array, copied out of their documents.</summary>
    public static LinkedObjects From(IEnumerable<JsonElement> roots)
    {
        var objects = new LinkedObjects();
        foreach (var root in roots)
        {
            var items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().ToArray() : [root];
            foreach (var item in items)
            {
                if (item.ValueKind != JsonValueKind.Object || !IsLinkedType(OpenBadgesTypes.Of(item))) continue;
                if (JsonInput.String(item, "id") is { } id) objects._byId.TryAdd(Normalise(id), item.Clone());
            }
        }
        return objects;
    }

    /// <summary>The object whose <c>id</c> is <paramref name="url"/>, or null when no file of the import holds it.</summary>
    public JsonElement? Find(string url) => _byId.TryGetValue(Normalise(url), out var found) ? found : null;

    private static string Normalise(string id) => id.Trim();
}
