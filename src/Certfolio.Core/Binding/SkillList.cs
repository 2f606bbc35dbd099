namespace Certfolio.Core.Binding;

/// <summary>The YAML list a comma-separated skills string was meant to be: <c>AWS, DevOps</c> is <c>["AWS", "DevOps"]</c>.</summary>
public static class SkillList
{
    public static string Suggest(string text)
    {
        var items = text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(item => "\"" + item.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"");
        return "[" + string.Join(", ", items) + "]";
    }
}
