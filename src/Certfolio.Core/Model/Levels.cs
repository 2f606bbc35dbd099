namespace Certfolio.Core.Model;

/// <summary>The well-known certification levels, whose spelling is normalised.</summary>
public static class Levels
{
    public static readonly IReadOnlyList<string> Known = ["Foundational", "Associate", "Professional", "Specialty", "Expert"];

    public static string Normalise(string level)
    {
        var trimmed = level.Trim();
        return Known.FirstOrDefault(k => string.Equals(k, trimmed, StringComparison.OrdinalIgnoreCase)) ?? trimmed;
    }
}
