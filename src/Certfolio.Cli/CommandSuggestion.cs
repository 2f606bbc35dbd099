using System.Text.RegularExpressions;
using Certfolio.Core.Text;

namespace Certfolio.Cli;

/// <summary>
/// "did you mean 'check'?" for a mistyped command. Spectre reports an unknown command only as a message
/// ("Unknown command 'chek'."), so the token is read back from it; the in-process tests pin that wording.
/// </summary>
public sealed partial class CommandSuggestion(IReadOnlyList<string> commands)
{
    /// <summary>Edits (insert, delete, replace, swap two neighbours) a typo may be from the command it meant.</summary>
    public const int MaxDistance = 2;

    /// <summary>The hint to append to Spectre's message, or null when it names no unknown command or none is near.</summary>
    public string? For(string message)
    {
        var match = UnknownCommand().Match(message);
        if (!match.Success) return null;
        var typed = match.Groups["name"].Value;
        var nearest = commands
            .Select(c => (Command: c, Distance: EditDistance.Between(typed, c)))
            .Where(c => c.Distance <= Math.Min(MaxDistance, Math.Max(1, typed.Length / 2)))
            .OrderBy(c => c.Distance)
            .Select(c => c.Command)
            .FirstOrDefault();
        return nearest is null ? null : $"did you mean '{nearest}'?";
    }

    [GeneratedRegex(@"^Unknown command '(?<name>.+)'\.$")]
    private static partial Regex UnknownCommand();
}
