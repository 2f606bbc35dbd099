using System.Globalization;
using Spectre.Console;

namespace Certfolio.Cli.Commands;

/// <summary>
/// Numeric options are bound as text and read here: Spectre's own conversion would answer a typo with
/// "Failed to convert 'abc' to Nullable`1", which names neither the option nor what it wants.
/// </summary>
public static class WholeNumberOption
{
    /// <summary>The number <paramref name="text"/> holds, or null when it is absent or not a whole number.</summary>
    public static int? Read(string? text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>An error for <paramref name="text"/> that is given but not a whole number of <paramref name="unit"/>, else null.</summary>
    public static ValidationResult? Check(string option, string? text, string unit) =>
        text is null || Read(text) is not null
            ? null
            : ValidationResult.Error($"{option} must be a whole number{(unit.Length == 0 ? "" : " of " + unit)}, got '{text}'");
}
