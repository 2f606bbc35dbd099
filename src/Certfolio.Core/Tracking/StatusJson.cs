using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Certfolio.Core.Model;

namespace Certfolio.Core.Tracking;

/// <summary>
/// The JSON of <c>certfolio status --json</c>: an array, one object per credential, with the fields
/// documented in docs/status.md. Written field by field so the shape is the contract, not a serializer's choice.
/// </summary>
public static class StatusJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<CredentialTracking> entries) => Write(entries.Select(e => ((string?)null, e)));

    /// <summary>Entries with the person they belong to (team mode adds a <c>person</c> field).</summary>
    public static string Write(IEnumerable<(string? Person, CredentialTracking Entry)> entries)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartArray();
            foreach (var (person, entry) in entries) WriteEntry(writer, person, entry);
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void WriteEntry(Utf8JsonWriter writer, string? person, CredentialTracking entry)
    {
        var credential = entry.Credential;
        writer.WriteStartObject();
        if (person is not null) writer.WriteString("person", person);
        writer.WriteString("file", credential.RelativePath);
        writer.WriteString("credentialId", credential.CredentialId);
        writer.WriteString("title", credential.Title);
        writer.WriteString("provider", credential.Provider);
        writer.WriteString("status", entry.Status.ToSlug());
        writer.WriteString("issued", Iso(credential.Issued));
        writer.WriteString("expires", Iso(entry.Expires));
        if (entry.DaysLeft is { } days) writer.WriteNumber("daysLeft", days);
        else writer.WriteNull("daysLeft");
        writer.WriteString("renewalOpens", Iso(entry.RenewalOpens));
        if (entry.Credits is { } credits)
        {
            writer.WriteStartObject("credits");
            writer.WriteNumber("earned", Math.Round(credits.Earned, 2));
            writer.WriteNumber("required", Math.Round(credits.Required, 2));
            writer.WriteString("unit", credits.Unit);
            writer.WriteEndObject();
        }
        else writer.WriteNull("credits");
        writer.WriteString("nextAction", entry.NextAction);
        writer.WriteEndObject();
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
