using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Certfolio.Core.Model;

namespace Certfolio.Core.Status;

/// <summary>
/// The JSON of <c>certfolio status --json</c>: an array, one object per credential, with the fields
/// documented in docs/status.md. Written field by field so the shape is the contract, not a serializer's choice.
/// </summary>
public static class StatusJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IEnumerable<CredentialTracking> entries, IEnumerable<InvalidTracking>? invalid = null) =>
        Write(entries.Select(e => ((string?)null, e)), (invalid ?? []).Select(i => ((string?)null, i)));

    /// <summary>
    /// Entries with the person they belong to (team mode adds a <c>person</c> field), and the documents that did not
    /// load (status <c>invalid</c>, with an <c>error</c> object), merged in person and file order.
    /// </summary>
    public static string Write(IEnumerable<(string? Person, CredentialTracking Entry)> entries, IEnumerable<(string? Person, InvalidTracking Invalid)>? invalid = null)
    {
        var rows = entries.Select(e => (e.Person, File: e.Entry.Credential.RelativePath, Write: (Action<Utf8JsonWriter>)(w => WriteEntry(w, e.Person, e.Entry))))
            .Concat((invalid ?? []).Select(i => (i.Person, File: i.Invalid.Document.RelativePath, Write: (Action<Utf8JsonWriter>)(w => WriteInvalid(w, i.Person, i.Invalid)))))
            .OrderBy(r => r.Person ?? "", StringComparer.Ordinal).ThenBy(r => r.File, StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartArray();
            foreach (var row in rows) row.Write(writer);
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

    /// <summary>An invalid document: the same fields (null where unknown), status <c>invalid</c>, and its first error.</summary>
    private static void WriteInvalid(Utf8JsonWriter writer, string? person, InvalidTracking invalid)
    {
        var document = invalid.Document;
        writer.WriteStartObject();
        if (person is not null) writer.WriteString("person", person);
        writer.WriteString("file", document.RelativePath);
        writer.WriteNull("credentialId");
        writer.WriteString("title", document.Title);
        writer.WriteString("provider", document.Provider);
        writer.WriteString("status", InvalidTracking.StatusSlug);
        writer.WriteNull("issued");
        writer.WriteString("expires", Iso(invalid.Expires));
        if (invalid.DaysLeft is { } days) writer.WriteNumber("daysLeft", days);
        else writer.WriteNull("daysLeft");
        writer.WriteNull("renewalOpens");
        writer.WriteNull("credits");
        writer.WriteString("nextAction", invalid.NextAction);
        var error = document.FirstError;
        writer.WriteStartObject("error");
        writer.WriteString("file", error.Location.FilePath);
        writer.WriteNumber("line", error.Location.Line);
        writer.WriteNumber("column", error.Location.Column);
        writer.WriteString("code", error.Id);
        writer.WriteString("message", error.Message);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
