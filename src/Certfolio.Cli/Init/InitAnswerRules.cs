namespace Certfolio.Cli.Init;

/// <summary>
/// The checks every answer passes, typed or given as an option, so a prompt re-asks with the same words an option
/// is refused with. Each returns null when the answer is fine, else what is wrong.
/// </summary>
public static class InitAnswerRules
{
    /// <summary>The two layouts documents are written in (docs/format.md, "Dates"); the first is the default.</summary>
    public static readonly IReadOnlyList<string> DateFormats = ["dd.MM.yyyy", "yyyy-MM-dd"];

    /// <summary>The title and the owner's name end up in page titles and headers: one line of visible text.</summary>
    public static string? Text(string what, string value)
    {
        if (string.IsNullOrWhiteSpace(value)) return $"{what} must not be empty";
        if (value.Any(char.IsControl)) return $"{what} must be one line without control characters";
        if (value.Length > 200) return $"{what} must be at most 200 characters";
        return null;
    }

    public static string? DateFormat(string value) =>
        DateFormats.Contains(value.Trim(), StringComparer.Ordinal) ? null : $"the date format must be {string.Join(" or ", DateFormats)}";

    public static string? Ci(string value) =>
        CiTemplates.Parse(value) is null ? $"--ci must be {string.Join(", ", CiTemplates.Names)}" : null;
}
