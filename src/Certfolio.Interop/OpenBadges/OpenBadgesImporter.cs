using System.Text.Json;
using Certfolio.Core.Binding;
using Certfolio.Core.Diagnostics;
using Certfolio.Interop.Importing;
using Certfolio.Interop.Json;

namespace Certfolio.Interop.OpenBadges;

/// <summary>
/// Reads Open Badges: a 2.0 <c>Assertion</c> (badge and issuer embedded or only URLs), or a 3.0
/// <c>AchievementCredential</c>/<c>OpenBadgeCredential</c> with <c>validFrom</c>/<c>validUntil</c> or the VC 1.1
/// <c>issuanceDate</c>/<c>expirationDate</c>. A file may hold one object or an array of them. Nothing is fetched.
/// </summary>
public sealed class OpenBadgesImporter : IImporter
{
    public string Format => "openbadges";

    public string Title => "Open Badges";

    public string InputTitle => "Open Badges credential";

    /// <summary>An Open Badges object (or an array starting with one): a badge type, or an <c>@context</c> of Open Badges.</summary>
    public bool Recognises(ImportSample sample)
    {
        var first = sample.Json switch
        {
            { ValueKind: JsonValueKind.Array } array => array.GetArrayLength() > 0 ? array[0] : (JsonElement?)null,
            var root => root,
        };
        if (first is not { ValueKind: JsonValueKind.Object } element) return false;
        var types = OpenBadgesTypes.Of(element);
        if (types.Contains("Assertion") || types.Contains("AchievementCredential") || types.Contains("OpenBadgeCredential") || LinkedObjects.IsLinkedType(types)) return true;
        var context = JsonInput.Property(element, "@context")?.ToString() ?? "";
        return context.Contains("openbadges", StringComparison.OrdinalIgnoreCase) || context.Contains("purl.imsglobal.org/spec/ob", StringComparison.OrdinalIgnoreCase);
    }

    public IReadOnlyList<ImportReadResult> Read(IReadOnlyList<ImportInput> inputs)
    {
        // Every file is parsed first: an assertion in one may name its BadgeClass by URL, and another file hold it.
        var parsed = inputs.Select(input => (Input: input, Document: JsonInput.Parse(input, out var failure), Failure: failure)).ToArray();
        try
        {
            var linked = LinkedObjects.From(parsed.Where(p => p.Document is not null).Select(p => p.Document!.RootElement));
            return parsed.Select(p => p.Document is null ? p.Failure! : ReadFile(p.Input, p.Document, linked)).ToArray();
        }
        finally
        {
            foreach (var (_, document, _) in parsed) document?.Dispose();
        }
    }

    private static ImportReadResult ReadFile(ImportInput input, JsonDocument document, LinkedObjects linked)
    {
        var map = new JsonSourceMap(input);
        var root = document.RootElement;
        var items = root.ValueKind == JsonValueKind.Array
            ? root.EnumerateArray().Select((e, i) => (Element: e, Path: $"$[{i}]")).ToArray()
            : [(root, "$")];
        if (items.Length > ImportLimits.MaxRecords)
            return ImportReadResult.Malformed(map.Place("$").Diagnostic(Descriptors.TooManyRecords, ImportLimits.MaxRecords, "badges"));
        if (items.Length == 0) return new ImportReadResult([], [map.Place("$").Diagnostic(Descriptors.NothingToImport, "badges or credentials (an empty array)")]);

        // A file of one badge that is no badge is not this format; in an array, only that item is skipped.
        var single = root.ValueKind != JsonValueKind.Array;
        var records = new List<ImportedCredential>();
        var diagnostics = new List<Diagnostic>();
        foreach (var (element, where) in items)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                if (single) return ImportReadResult.Malformed(map.Place(where).Diagnostic(Descriptors.WrongInputShape, "an Open Badges object", JsonInput.Describe(element)));
                diagnostics.Add(map.Place(where).Diagnostic(Descriptors.RecordOfWrongKind, "an Open Badges object", JsonInput.Describe(element)));
                continue;
            }
            var types = OpenBadgesTypes.Of(element);
            ImportedCredential? record;
            if (types.Contains("AchievementCredential") || types.Contains("OpenBadgeCredential")) record = ReadCredential(element, where, map, diagnostics);
            else if (types.Contains("Assertion")) record = ReadAssertion(element, where, map, linked, diagnostics);
            // A BadgeClass or an issuer profile given beside the assertions that name it: read through them.
            else if (LinkedObjects.IsLinkedType(types)) continue;
            else
            {
                var found = types.Count == 0 ? "no type" : string.Join(", ", types);
                if (single) return ImportReadResult.Malformed(map.Place($"{where}.type").Diagnostic(Descriptors.WrongInputShape, ExpectedTypes, found));
                diagnostics.Add(map.Place($"{where}.type").Diagnostic(Descriptors.RecordOfWrongKind, ExpectedTypes, found));
                continue;
            }
            if (record is not null) records.Add(record);
        }
        return new ImportReadResult(records, diagnostics);
    }

    private const string ExpectedTypes = "an Open Badges 2.0 'Assertion' or a 3.0 'AchievementCredential'/'OpenBadgeCredential'";

    private static ImportedCredential? ReadCredential(JsonElement credential, string where, JsonSourceMap map, List<Diagnostic> diagnostics)
    {
        if (JsonInput.Property(credential, "credentialSubject") is not { ValueKind: JsonValueKind.Object } subject
            || JsonInput.Property(subject, "achievement") is not { ValueKind: JsonValueKind.Object } achievement)
        {
            diagnostics.Add(map.Place($"{where}.credentialSubject.achievement").Diagnostic(Descriptors.RecordWithoutTitle, "credentialSubject.achievement.name"));
            return null;
        }
        var name = JsonInput.String(achievement, "name") ?? JsonInput.String(credential, "name");
        if (name is null)
        {
            diagnostics.Add(map.Place($"{where}.credentialSubject.achievement.name").Diagnostic(Descriptors.RecordWithoutTitle, "credentialSubject.achievement.name"));
            return null;
        }
        var (issuedPath, issuedText) = First(credential, where, "awardedDate", "validFrom", "issuanceDate");
        if (issuedText is null || DateValue.TryParse(issuedText) is not { } issued)
        {
            diagnostics.Add(map.Place(issuedPath ?? $"{where}.validFrom").Diagnostic(Descriptors.RecordWithoutIssueDate, name, "validFrom, issuanceDate or awardedDate"));
            return null;
        }
        var provider = ProviderOf(JsonInput.Property(credential, "issuer"), map.Place($"{where}.issuer"), diagnostics)
                       ?? ProviderOf(JsonInput.Property(achievement, "creator"), map.Place($"{where}.credentialSubject.achievement.creator"), diagnostics);
        if (provider is null)
        {
            diagnostics.Add(map.Place($"{where}.issuer").Diagnostic(Descriptors.RecordWithoutProvider, name, "issuer"));
            return null;
        }
        var (expiryPath, expiryText) = First(credential, where, "validUntil", "expirationDate");
        var expires = Expiry(expiryText, expiryPath, map, diagnostics);
        var id = JsonInput.String(credential, "id");
        if (!JsonInput.IsHttpUrl(id)) id = VerificationEvidence(credential);
        var description = JsonInput.String(achievement, "description");
        if (description == OpenBadgesText.FallbackDescription(name, provider)) description = null;
        var skills = JsonInput.Strings(achievement, "tag");
        if (skills.Count == 0 && JsonInput.Property(achievement, "alignment") is { ValueKind: JsonValueKind.Array } alignment)
            skills = alignment.EnumerateArray().Select(a => JsonInput.String(a, "targetName")).OfType<string>().ToArray();
        return new ImportedCredential
        {
            Place = map.Place(where),
            Title = name,
            Provider = provider,
            Issued = issued,
            Expires = expires,
            Description = description,
            CredentialId = JsonInput.String(subject, "licenseNumber"),
            VerificationUrl = JsonInput.IsHttpUrl(id) ? id : null,
            Skills = skills.Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            Logo = ImageUrl(JsonInput.Property(achievement, "image")) ?? ImageUrl(JsonInput.Property(credential, "image")),
        };
    }

    private static ImportedCredential? ReadAssertion(JsonElement assertion, string where, JsonSourceMap map, LinkedObjects linked, List<Diagnostic> diagnostics)
    {
        if (JsonInput.Property(assertion, "badge") is not { } badge)
        {
            diagnostics.Add(map.Place($"{where}.badge").Diagnostic(Descriptors.RecordWithoutTitle, "badge.name"));
            return null;
        }
        if (badge.ValueKind == JsonValueKind.String && badge.GetString()!.Trim() is { Length: > 0 } badgeUrl)
        {
            // Nothing is fetched, and a URL is no title: the BadgeClass must be another file of this import.
            if (linked.Find(badgeUrl) is not { } badgeClass)
            {
                diagnostics.Add(map.Place($"{where}.badge").Diagnostic(Descriptors.BadgeClassNotGiven, badgeUrl));
                return null;
            }
            badge = badgeClass;
        }
        if (badge.ValueKind != JsonValueKind.Object || JsonInput.String(badge, "name") is not { } name)
        {
            diagnostics.Add(map.Place($"{where}.badge.name").Diagnostic(Descriptors.RecordWithoutTitle, "badge.name"));
            return null;
        }
        if (JsonInput.String(assertion, "issuedOn") is not { } issuedText || DateValue.TryParse(issuedText) is not { } issued)
        {
            diagnostics.Add(map.Place($"{where}.issuedOn").Diagnostic(Descriptors.RecordWithoutIssueDate, name, "issuedOn"));
            return null;
        }
        var provider = ProviderOf(IssuerOf(badge, linked), map.Place($"{where}.badge.issuer"), diagnostics);
        if (provider is null)
        {
            diagnostics.Add(map.Place($"{where}.badge.issuer").Diagnostic(Descriptors.RecordWithoutProvider, name, "issuer"));
            return null;
        }
        if (JsonInput.Property(assertion, "revoked") is { ValueKind: JsonValueKind.True })
            diagnostics.Add(map.Place($"{where}.revoked").Diagnostic(Descriptors.RevokedBadge, name));
        var expires = Expiry(JsonInput.String(assertion, "expires"), $"{where}.expires", map, diagnostics);
        var id = JsonInput.String(assertion, "id");
        return new ImportedCredential
        {
            Place = map.Place(where),
            Title = name,
            Provider = provider,
            Issued = issued,
            Expires = expires,
            Description = JsonInput.String(badge, "description"),
            VerificationUrl = JsonInput.IsHttpUrl(id) ? CredlyAssertion.PublicPage(id!) : null,
            Skills = JsonInput.Strings(badge, "tags").Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            Logo = ImageUrl(JsonInput.Property(badge, "image")) ?? ImageUrl(JsonInput.Property(assertion, "image")),
        };
    }

    /// <summary>The issuer's name; an issuer given only as a URL, or a profile with only an id, yields its host, with a warning (nothing is fetched).</summary>
    private static string? ProviderOf(JsonElement? issuer, InputPlace place, List<Diagnostic> diagnostics)
    {
        switch (issuer)
        {
            case { ValueKind: JsonValueKind.Object } profile:
                if (JsonInput.String(profile, "name") is { } name) return name;
                if (JsonInput.String(profile, "id") is { } profileId && HostOf(profileId) is { } profileHost)
                {
                    diagnostics.Add(place.Diagnostic(Descriptors.ProviderFromUrl, profileId, profileHost));
                    return profileHost;
                }
                return null;
            case { ValueKind: JsonValueKind.String } url when HostOf(url.GetString()!) is { } host:
                diagnostics.Add(place.Diagnostic(Descriptors.ProviderFromUrl, url.GetString(), host));
                return host;
            default:
                return null;
        }
    }

    /// <summary>The verification URL Certfolio's export keeps as evidence named "Verification".</summary>
    private static string? VerificationEvidence(JsonElement credential)
    {
        if (JsonInput.Property(credential, "evidence") is not { ValueKind: JsonValueKind.Array } evidence) return null;
        foreach (var item in evidence.EnumerateArray())
        {
            if (JsonInput.String(item, "name") == OpenBadgesText.VerificationEvidenceName && JsonInput.String(item, "id") is { } url && JsonInput.IsHttpUrl(url)) return url;
        }
        return null;
    }

    /// <summary>The BadgeClass's issuer: embedded, else the profile of that URL among the files of this import, else the URL.</summary>
    private static JsonElement? IssuerOf(JsonElement badge, LinkedObjects linked)
    {
        var issuer = JsonInput.Property(badge, "issuer");
        return issuer is { ValueKind: JsonValueKind.String } url && linked.Find(url.GetString()!) is { } profile ? profile : issuer;
    }

    private static string? HostOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : null;

    private static string? ImageUrl(JsonElement? image) => image switch
    {
        { ValueKind: JsonValueKind.String } s when JsonInput.IsHttpUrl(s.GetString()) => s.GetString(),
        { ValueKind: JsonValueKind.Object } o when JsonInput.String(o, "id") is { } id && JsonInput.IsHttpUrl(id) => id,
        _ => null,
    };

    private static DateOnly? Expiry(string? text, string? path, JsonSourceMap map, List<Diagnostic> diagnostics)
    {
        if (text is null) return null;
        var date = DateValue.TryParse(text);
        if (date is null) diagnostics.Add(map.Place(path ?? "$").Diagnostic(Descriptors.ExpiryNotRead, text));
        return date;
    }

    /// <summary>The first of the named properties that holds a string: its path and value.</summary>
    private static (string? Path, string? Value) First(JsonElement element, string where, params string[] names)
    {
        foreach (var name in names)
        {
            if (JsonInput.String(element, name) is { } value) return ($"{where}.{name}", value);
        }
        return (null, null);
    }
}
