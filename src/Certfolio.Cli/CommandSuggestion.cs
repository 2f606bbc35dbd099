using System.Text.RegularExpressions;

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
            .Select(c => (Command: c, Distance: Distance(typed.ToLowerInvariant(), c)))
            .Where(c => c.Distance <= Math.Min(MaxDistance, Math.Max(1, typed.Length / 2)))
            .OrderBy(c => c.Distance)
            .Select(c => c.Command)
            .FirstOrDefault();
        return nearest is null ? null : $"did you mean '{nearest}'?";
    }

    /// <summary>Optimal string alignment distance: a swapped pair of letters ("stauts") counts as one edit.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }

    [GeneratedRegex(@"^Unknown command '(?<name>.+)'\.$")]
    private static partial Regex UnknownCommand();
}
