namespace Certfolio.Core.Text;

/// <summary>
/// One string per distinct value of what repeats across documents: front matter keys, and the providers, levels,
/// skills and logos that many credentials name alike. A loaded portfolio keeps every credential, and the collector
/// copies each surviving object forward; sharing turns tens of thousands of identical strings into a few hundred
/// (docs/performance.md). Per thread, so documents read in parallel never wait on each other.
/// </summary>
internal static class SharedStrings
{
    // Values beyond this many distinct strings per thread (a hostile or unusual portfolio) are simply not shared.
    private const int Capacity = 4096;

    [ThreadStatic] private static Dictionary<string, string>? _known;

    public static string Shared(string value)
    {
        var known = _known ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (known.TryGetValue(value, out var shared)) return shared;
        if (known.Count < Capacity) known[value] = value;
        return value;
    }

    public static string? SharedOrNull(string? value) => value is null ? null : Shared(value);
}
