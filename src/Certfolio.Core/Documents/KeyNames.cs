namespace Certfolio.Core.Documents;

/// <summary>
/// One string per distinct front matter key. A portfolio loaded with its trees (the preview, an import) keeps every
/// document's tree, and the same dozen keys repeat in every file: sharing them keeps thousands of identical strings
/// out of what the collector must copy forward (docs/performance.md). Per thread, so documents parsed in parallel
/// never wait on each other.
/// </summary>
internal static class KeyNames
{
    // Keys beyond this many distinct names (a hostile or unusual portfolio) are simply not shared.
    private const int Capacity = 512;

    [ThreadStatic] private static Dictionary<string, string>? _known;

    public static string Shared(string key)
    {
        var known = _known ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (known.TryGetValue(key, out var shared)) return shared;
        if (known.Count < Capacity) known[key] = key;
        return key;
    }
}
