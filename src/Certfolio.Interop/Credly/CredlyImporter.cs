using System.Text.Json;
using Certfolio.Core.Binding;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;
using Certfolio.Interop.Importing;
using Certfolio.Interop.Json;

namespace Certfolio.Interop.Credly;

/// <summary>
/// Reads Credly's public badges JSON (<c>users/{user}/badges.json</c>): <c>data[]</c> badges with their
/// <c>badge_template</c> and <c>issuer.entities</c>. A paged export comes as several files; pages missing
/// from <c>metadata.total_pages</c> are reported.
/// </summary>
public sealed class CredlyImporter : IImporter
{
    public const string BadgeUrlPrefix = "https://www.credly.com/badges/";

    public string Format => "credly";

    public string Title => "Credly";

    public string InputTitle => "Credly badges JSON";

    /// <summary>An object whose <c>data</c> is an array of badges with a <c>badge_template</c>, or empty with Credly's paging <c>metadata</c>.</summary>
    public bool Recognises(ImportSample sample)
    {
        if (sample.Json is not { ValueKind: JsonValueKind.Object } root || JsonInput.Property(root, "data") is not { ValueKind: JsonValueKind.Array } data) return false;
        return data.GetArrayLength() == 0
            ? JsonInput.Property(root, "metadata") is { ValueKind: JsonValueKind.Object }
            : JsonInput.Property(data[0], "badge_template") is not null;
    }

    public IReadOnlyList<ImportReadResult> Read(IReadOnlyList<ImportInput> inputs)
    {
        var results = new List<ImportReadResult>();
        var pagesSeen = new SortedSet<int>();
        TotalPages? totalPages = null;
        foreach (var input in inputs)
        {
            results.Add(ReadFile(input, pagesSeen, ref totalPages));
        }
        if (totalPages is { } total && pagesSeen.Count > 0)
        {
            var missing = Enumerable.Range(1, total.Count).Where(p => !pagesSeen.Contains(p)).ToArray();
            if (missing.Length > 0)
                results.Add(new ImportReadResult([], [total.Place.Diagnostic(Descriptors.PagesMissing, total.Count, string.Join(", ", missing))]));
        }
        return results;
    }

    /// <summary>How many pages the export says it has, and where it says so.</summary>
    private sealed record TotalPages(int Count, InputPlace Place);

    private static ImportReadResult ReadFile(ImportInput input, SortedSet<int> pagesSeen, ref TotalPages? totalPages)
    {
        using var document = JsonInput.Parse(input, out var failure);
        if (document is null) return failure!;
        var map = new JsonSourceMap(input);
        var root = document.RootElement;
        if (JsonInput.Property(root, "data") is not { ValueKind: JsonValueKind.Array } data)
            return ImportReadResult.Malformed(map.Place("$.data").Diagnostic(Descriptors.WrongInputShape, "an array of badges (Credly's badges.json)", JsonInput.Describe(JsonInput.Property(root, "data"))));
        if (data.GetArrayLength() > ImportLimits.MaxRecords)
            return ImportReadResult.Malformed(map.Place("$.data").Diagnostic(Descriptors.TooManyRecords, ImportLimits.MaxRecords, "badges"));
        // Someone without public badges: say so, rather than "0 created".
        if (data.GetArrayLength() == 0)
            return new ImportReadResult([], [map.Place("$.data").Diagnostic(Descriptors.NothingToImport, "badges (Credly lists no public badge)")]);

        if (JsonInput.Property(root, "metadata") is { ValueKind: JsonValueKind.Object } metadata)
        {
            if (JsonInput.Property(metadata, "current_page") is { ValueKind: JsonValueKind.Number } page && page.TryGetInt32(out var p)) pagesSeen.Add(p);
            if (JsonInput.Property(metadata, "total_pages") is { ValueKind: JsonValueKind.Number } pages && pages.TryGetInt32(out var t))
                totalPages = new TotalPages(t, map.Place("$.metadata.total_pages"));
        }

        var records = new List<ImportedCredential>();
        var diagnostics = new List<Diagnostic>();
        var index = 0;
        foreach (var badge in data.EnumerateArray())
        {
            if (ReadBadge(badge, $"$.data[{index++}]", map, diagnostics) is { } record) records.Add(record);
        }
        return new ImportReadResult(records, diagnostics);
    }

    private static ImportedCredential? ReadBadge(JsonElement badge, string where, JsonSourceMap map, List<Diagnostic> diagnostics)
    {
        if (badge.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(map.Place(where).Diagnostic(Descriptors.RecordOfWrongKind, "a badge object", JsonInput.Describe(badge)));
            return null;
        }
        if (JsonInput.Property(badge, "badge_template") is not { ValueKind: JsonValueKind.Object } template)
        {
            diagnostics.Add(map.Place($"{where}.badge_template").Diagnostic(Descriptors.RecordWithoutTitle, "badge_template.name"));
            return null;
        }
        if (JsonInput.String(template, "name") is not { } name)
        {
            diagnostics.Add(map.Place($"{where}.badge_template.name").Diagnostic(Descriptors.RecordWithoutTitle, "badge_template.name"));
            return null;
        }
        var issuedText = JsonInput.String(badge, "issued_at_date") ?? JsonInput.String(badge, "issued_at");
        if (issuedText is null || DateValue.TryParse(issuedText) is not { } issued)
        {
            diagnostics.Add(map.Place($"{where}.issued_at_date").Diagnostic(Descriptors.RecordWithoutIssueDate, name, "issued_at_date or issued_at"));
            return null;
        }
        var provider = IssuerName(badge);
        if (provider is null)
        {
            diagnostics.Add(map.Place($"{where}.issuer.entities").Diagnostic(Descriptors.RecordWithoutProvider, name, "issuer entity with a name"));
            return null;
        }
        DateOnly? expires = null;
        if ((JsonInput.String(badge, "expires_at_date") ?? JsonInput.String(badge, "expires_at")) is { } expiresText)
        {
            expires = DateValue.TryParse(expiresText);
            if (expires is null) diagnostics.Add(map.Place($"{where}.expires_at_date").Diagnostic(Descriptors.ExpiryNotRead, expiresText));
        }

        var skills = JsonInput.Property(template, "skills") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(s => JsonInput.String(s, "name")).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToArray()
            : [];
        var id = JsonInput.String(badge, "id");
        var image = JsonInput.String(badge, "image_url") ?? JsonInput.String(template, "image_url");
        return new ImportedCredential
        {
            Place = map.Place(where),
            Title = name,
            Provider = provider,
            Issued = issued,
            Expires = expires,
            Description = JsonInput.String(template, "description"),
            VerificationUrl = id is null ? null : BadgeUrlPrefix + Uri.EscapeDataString(id),
            Skills = skills,
            Level = JsonInput.String(template, "level") is { } level ? Levels.Normalise(level) : null,
            Logo = JsonInput.IsHttpUrl(image) ? image : null,
        };
    }

    /// <summary>The first issuing entity's name (Credly lists the organisation first, then any co-issuers).</summary>
    private static string? IssuerName(JsonElement badge)
    {
        if (JsonInput.Property(badge, "issuer") is not { ValueKind: JsonValueKind.Object } issuer) return null;
        if (JsonInput.Property(issuer, "entities") is { ValueKind: JsonValueKind.Array } entities)
        {
            foreach (var entity in entities.EnumerateArray())
            {
                if (JsonInput.Property(entity, "entity") is { } inner && JsonInput.String(inner, "name") is { } name) return name;
            }
        }
        return null;
    }
}
