using Certfolio.Core.Model;
using Certfolio.Core.Status;

namespace Certfolio.Cli.Output;

/// <summary>
/// Why <c>status --fail-within</c> exited 3: the credentials that tripped it, each with what to do. An expired
/// credential trips it on every run until it is renewed or marked not renewing, so the line says how to stop that.
/// </summary>
public static class FailWithinReport
{
    public const string StopAlerting = "mark it `renew: false` to stop alerting";

    public static void Write(TextWriter error, int days, IReadOnlyList<(string? Person, CredentialTracking Entry)> tripped, IReadOnlyList<(string? Person, string Document)> invalid)
    {
        var count = tripped.Count + invalid.Count;
        error.WriteLine($"--fail-within {days}: {count} need{(count == 1 ? "s" : "")} attention");
        foreach (var (person, entry) in tripped.OrderBy(t => t.Person ?? "", StringComparer.Ordinal).ThenBy(t => StatusView.Urgency(t.Entry)).ThenBy(t => t.Entry.DaysLeft))
        {
            var who = person is null ? "" : person + ": ";
            var hint = entry.Status == CredentialStatus.Expired ? $" ({StopAlerting})" : "";
            error.WriteLine(TerminalText.Escape($"- {who}{entry.Credential.Title} ({entry.Status.ToLabel()}): {entry.NextAction}{hint}"));
        }
        foreach (var (person, document) in invalid)
            error.WriteLine(TerminalText.Escape($"- {(person is null ? "" : person + ": ")}{document}: invalid document (run 'certfolio check')"));
    }
}
