using Certfolio.Core.Documents;

namespace Certfolio.Interop.HugoAcademic;

/// <summary>
/// The lines an item of a list spans, so a problem the parser found at a line (a duplicate key, which the tree
/// leaves out) can be put down to the item it is in. A YAML item runs while lines are indented at least as far as
/// its keys; a TOML <c>[[item]]</c> runs until the next table header.
/// </summary>
public sealed class ItemExtent(string text, bool isToml)
{
    private readonly string[] _lines = text.Split('\n');

    public bool Contains(FrontMatterMapping item, int line)
    {
        var first = item.Start.Line;
        if (line < first || line > _lines.Length) return false;
        var keyIndent = item.Start.Column - 1;
        for (var current = first + 1; current <= line; current++)
        {
            var content = _lines[current - 1].TrimEnd('\r');
            if (content.Trim().Length == 0 || content.TrimStart().StartsWith('#')) continue;
            var trimmed = content.TrimStart();
            if (trimmed is "---" or "+++") return false;
            if (isToml ? trimmed.StartsWith('[') : content.Length - trimmed.Length < keyIndent) return false;
        }
        return true;
    }
}
