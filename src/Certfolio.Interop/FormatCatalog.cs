using Certfolio.Core.Text;

namespace Certfolio.Interop;

/// <summary>The registered formats of one direction, in the order help lists them, and how to find one by name.</summary>
public sealed class FormatCatalog<T>(IReadOnlyList<T> formats) where T : IFormat
{
    /// <summary>Edits (insert, delete, replace, swap two neighbours) a mistyped name may be from the format it meant.</summary>
    public const int MaxDistance = 2;

    public IReadOnlyList<T> All => formats;

    /// <summary>The format named <paramref name="name"/> (ignoring case), or null.</summary>
    public T? Find(string name) => formats.FirstOrDefault(f => string.Equals(f.Format, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every name, for "use one of …": <c>linkedin, credly, jsonresume</c>.</summary>
    public string Names => string.Join(", ", formats.Select(f => f.Format));

    /// <summary>Every name as a choice, for option help: <c>linkedin, credly or jsonresume</c>.</summary>
    public string NamesAsChoice => Choice(formats.Select(f => f.Format));

    /// <summary>Every title as a choice, for command help: <c>LinkedIn, Credly or JSON Resume</c>.</summary>
    public string TitlesAsChoice => Choice(formats.Select(f => f.Title));

    /// <summary>The name <paramref name="typed"/> is a typo of, for "did you mean", or null when none is near.</summary>
    public string? Nearest(string typed) => formats
        .Select(f => (f.Format, Distance: EditDistance.Between(typed, f.Format)))
        .Where(f => f.Distance <= Math.Min(MaxDistance, Math.Max(1, typed.Length / 2)))
        .OrderBy(f => f.Distance)
        .Select(f => f.Format)
        .FirstOrDefault();

    private static string Choice(IEnumerable<string> items)
    {
        var list = items.ToArray();
        return list.Length < 2 ? string.Concat(list) : $"{string.Join(", ", list[..^1])} or {list[^1]}";
    }
}
