using System.Text.Json;
using System.Text.Json.Nodes;
using Certfolio.Interop.Csv;
using Certfolio.Interop.ICalendar;

namespace Certfolio.Interop.Exporting;

/// <summary>
/// Tells a file Certfolio wrote from one it did not, by its content, one format at a time, so <c>-o</c> replaces
/// an earlier export or calendar without a word but someone else's file only under <c>--force</c>
/// (<see cref="OutputGuard"/>). Where a format has a mark of its own (the calendar's PRODID, the CSV's
/// Certfolio columns) that mark decides; the JSON formats are recognised by holding exactly what Certfolio
/// writes and nothing else, so a hand-written <c>resume.json</c> with more in it is never taken for an export.
/// </summary>
public static class CertfolioOutputs
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>An .ics file whose PRODID is <see cref="CalendarWriter.ProductId"/>.</summary>
    public static bool IsCalendar(string existing) =>
        existing.StartsWith("BEGIN:VCALENDAR", StringComparison.Ordinal)
        && existing.Contains("\nPRODID:" + CalendarWriter.ProductId + "\r", StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="existing"/> is what <paramref name="exporter"/> writes; <paramref name="replacement"/> is the
    /// file about to take its place (an Open Badge is recognised by its id). The same text is always Certfolio's.
    /// </summary>
    public static bool IsExport(IExporter exporter, string existing, string replacement) =>
        existing == replacement || exporter.IsOwnOutput(existing, replacement);

    /// <summary>A CSV whose header is LinkedIn's columns followed by Certfolio's.</summary>
    public static bool IsCsvExport(string existing)
    {
        var header = string.Join(",", CertificationsCsv.LinkedInColumns.Concat(CertificationsCsv.ExtraColumns));
        var end = existing.IndexOfAny(['\r', '\n']);
        return (end < 0 ? existing : existing[..end]) == header;
    }

    /// <summary>Only pairs of a <c>- title</c> line and an indented LinkedIn "Add to profile" URL.</summary>
    public static bool IsLinkedInLinks(string existing)
    {
        var lines = existing.Split('\n');
        if (lines[^1].Length != 0) return false;
        for (var i = 0; i + 1 < lines.Length; i += 2)
        {
            if (!lines[i].StartsWith("- ", StringComparison.Ordinal)) return false;
            if (!lines[i + 1].StartsWith("  https://www.linkedin.com/profile/add?", StringComparison.Ordinal)) return false;
        }
        return lines.Length % 2 == 1;
    }

    // What JsonResumeExporter writes without --into: at most basics.name and the certificates.
    public static bool IsJsonResumeExport(string existing) =>
        ParseObject(existing) is { } resume
        && resume.All(p => p.Key is "basics" or "certificates")
        && resume["certificates"] is JsonArray
        && (resume["basics"] is null || resume["basics"] is JsonObject basics && basics.All(p => p.Key == "name"));

    /// <summary>A schema.org <c>Person</c> holding only credentials.</summary>
    public static bool IsJsonLdExport(string existing) =>
        ParseObject(existing) is { } person
        && Text(person["@context"]) == "https://schema.org"
        && Text(person["@type"]) == "Person"
        && person["hasCredential"] is JsonArray credentials
        && credentials.All(c => c is JsonObject item && Text(item["@type"]) == "EducationalOccupationalCredential");

    // Open Badge ids are derived from the credential, so the file for the same credential carries the same id.
    public static bool IsSameOpenBadge(string existing, string replacement) =>
        Text(ParseObject(existing)?["id"]) is { } id && id.StartsWith("urn:uuid:", StringComparison.Ordinal)
        && id == Text(ParseObject(replacement)?["id"]);

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static JsonObject? ParseObject(string text)
    {
        // Certfolio never writes half a character, and reading one would throw.
        if (Json.JsonInput.LoneSurrogate(text) is not null) return null;
        try
        {
            return JsonNode.Parse(text, documentOptions: Lenient) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
