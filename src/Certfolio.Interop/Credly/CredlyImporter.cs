using System.Text.Json;
using Certfolio.Core.Binding;
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

    public IReadOnlyList<ImportReadResult> Read(IReadOnlyList<ImportInput> inputs)
    {
        var results = new List<ImportReadResult>();
        var pagesSeen = new SortedSet<int>();
        int? totalPages = null;
        foreach (var input in inputs)
        {
            results.Add(ReadFile(input, pagesSeen, ref totalPages));
        }
        if (totalPages is { } total && pagesSeen.Count > 0)
        {
            var missing = Enumerable.Range(1, total).Where(p => !pagesSeen.Contains(p)).ToArray();
            if (missing.Length > 0)
                results.Add(new ImportReadResult([], [ImportMessage.Warning("metadata.total_pages",
                    $"the export has {total} pages but page(s) {string.Join(", ", missing)} were not given; their badges are not imported")]));
        }
        return results;
    }

    private static ImportReadResult ReadFile(ImportInput input, SortedSet<int> pagesSeen, ref int? totalPages)
    {
        using var document = JsonInput.Parse(input, out var failure);
        if (document is null) return failure!;
        var root = document.RootElement;
        if (JsonInput.Property(root, "data") is not { ValueKind: JsonValueKind.Array } data)
            return ImportReadResult.Malformed(ImportMessage.Error($"{input.Name} $.data", "expected an array of badges under 'data' (Credly's badges.json)"));
        if (data.GetArrayLength() > ImportLimits.MaxRecords)
            return ImportReadResult.Malformed(ImportMessage.Error($"{input.Name} $.data", $"more than {ImportLimits.MaxRecords:N0} badges"));

        if (JsonInput.Property(root, "metadata") is { ValueKind: JsonValueKind.Object } metadata)
        {
            if (JsonInput.Property(metadata, "current_page") is { ValueKind: JsonValueKind.Number } page && page.TryGetInt32(out var p)) pagesSeen.Add(p);
            if (JsonInput.Property(metadata, "total_pages") is { ValueKind: JsonValueKind.Number } pages && pages.TryGetInt32(out var t)) totalPages = t;
        }

        var records = new List<ImportedCredential>();
        var messages = new List<ImportMessage>();
        var index = 0;
        foreach (var badge in data.EnumerateArray())
        {
            var where = $"{input.Name} $.data[{index++}]";
            if (ReadBadge(badge, where, messages) is { } record) records.Add(record);
        }
        return new ImportReadResult(records, messages);
    }

    private static ImportedCredential? ReadBadge(JsonElement badge, string where, List<ImportMessage> messages)
    {
        if (badge.ValueKind != JsonValueKind.Object)
        {
            messages.Add(ImportMessage.Error(where, "a badge must be an object; skipped"));
            return null;
        }
        if (JsonInput.Property(badge, "badge_template") is not { ValueKind: JsonValueKind.Object } template)
        {
            messages.Add(ImportMessage.Error($"{where}.badge_template", "missing; the badge has no name, so it is skipped"));
            return null;
        }
        if (JsonInput.String(template, "name") is not { } name)
        {
            messages.Add(ImportMessage.Error($"{where}.badge_template.name", "missing or empty; the badge is skipped"));
            return null;
        }
        var issuedText = JsonInput.String(badge, "issued_at_date") ?? JsonInput.String(badge, "issued_at");
        if (issuedText is null || DateValue.TryParse(issuedText) is not { } issued)
        {
            messages.Add(ImportMessage.Error($"{where}.issued_at_date", $"'{name}' has no readable issue date; skipped"));
            return null;
        }
        var provider = IssuerName(badge);
        if (provider is null)
        {
            messages.Add(ImportMessage.Error($"{where}.issuer.entities", $"'{name}' names no issuer; skipped"));
            return null;
        }
        DateOnly? expires = null;
        if ((JsonInput.String(badge, "expires_at_date") ?? JsonInput.String(badge, "expires_at")) is { } expiresText)
        {
            expires = DateValue.TryParse(expiresText);
            if (expires is null) messages.Add(ImportMessage.Warning($"{where}.expires_at_date", $"'{expiresText}' is not a date; imported without an expiry"));
        }

        var skills = JsonInput.Property(template, "skills") is { ValueKind: JsonValueKind.Array } list
            ? list.EnumerateArray().Select(s => JsonInput.String(s, "name")).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToArray()
            : [];
        var id = JsonInput.String(badge, "id");
        var image = JsonInput.String(badge, "image_url") ?? JsonInput.String(template, "image_url");
        return new ImportedCredential
        {
            Source = where,
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
