using Certfolio.Core.Documents;

namespace Certfolio.Interop.HugoAcademic;

/// <summary>
/// Where a Hugo page keeps its accomplishments. The widget page of Hugo Academic and Wowchemy has them under
/// <c>item</c> (some sites write <c>items</c>); the HugoBlox landing page (<c>content/_index.md</c>) under
/// <c>sections: - block: accomplishments</c>, <c>content: items:</c>. Each list comes with the path it is reported by.
/// </summary>
public static class AccomplishmentItems
{
    private static readonly string[] ListKeys = ["item", "items"];

    /// <summary>Every list of accomplishments on the page; empty when there is none.</summary>
    public static IReadOnlyList<(string Path, FrontMatterNode List)> In(FrontMatterMapping frontMatter)
    {
        var found = new List<(string, FrontMatterNode)>();
        AddLists(frontMatter, "", found);
        if (frontMatter.Find("sections")?.Value is FrontMatterSequence sections)
        {
            for (var i = 0; i < sections.Items.Count; i++)
            {
                if (sections.Items[i] is not FrontMatterMapping section || !IsAccomplishments(section)) continue;
                if (section.Find("content")?.Value is FrontMatterMapping content) AddLists(content, $"sections[{i}].content.", found);
            }
        }
        return found;
    }

    private static void AddLists(FrontMatterMapping mapping, string prefix, List<(string, FrontMatterNode)> found)
    {
        foreach (var key in ListKeys)
        {
            if (mapping.Find(key) is { } entry) found.Add((prefix + key, entry.Value));
        }
    }

    /// <summary>HugoBlox names the block <c>accomplishments</c>; older sections say <c>widget: accomplishments</c>.</summary>
    private static bool IsAccomplishments(FrontMatterMapping section) =>
        new[] { "block", "widget" }.Any(key => section.Find(key)?.Value is FrontMatterScalar { Value: var name }
                                             && string.Equals(name.Trim(), "accomplishments", StringComparison.OrdinalIgnoreCase));
}
