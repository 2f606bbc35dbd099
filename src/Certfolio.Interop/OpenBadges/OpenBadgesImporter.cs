using System.Text.Json;
using Certfolio.Core.Binding;
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

    public IReadOnlyList<ImportReadResult> Read(IReadOnlyList<ImportInput> inputs) => inputs.Select(ReadFile).ToArray();

    private static ImportReadResult ReadFile(ImportInput input)
    {
        using var document = JsonInput.Parse(input, out var failure);
        if (document is null) return failure!;
        var root = document.RootElement;
        var items = root.ValueKind == JsonValueKind.Array
            ? root.EnumerateArray().Select((e, i) => (Element: e, Path: $"$[{i}]")).ToArray()
            : [(root, "$")];
        if (items.Length > ImportLimits.MaxRecords)
            return ImportReadResult.Malformed(ImportMessage.Error($"{input.Name} $", $"more than {ImportLimits.MaxRecords:N0} badges"));

        var records = new List<ImportedCredential>();
        var messages = new List<ImportMessage>();
        foreach (var (element, path) in items)
        {
            var where = $"{input.Name} {path}";
            if (element.ValueKind != JsonValueKind.Object)
            {
                if (root.ValueKind != JsonValueKind.Array) return ImportReadResult.Malformed(ImportMessage.Error(where, "expected an Open Badges object"));
                messages.Add(ImportMessage.Error(where, "expected an Open Badges object; skipped"));
                continue;
            }
            var types = Types(element);
            ImportedCredential? record;
            if (types.Contains("AchievementCredential") || types.Contains("OpenBadgeCredential")) record = ReadCredential(element, where, messages);
            else if (types.Contains("Assertion")) record = ReadAssertion(element, where, messages);
            else
            {
                var error = ImportMessage.Error($"{where}.type", $"expected an Open Badges 2.0 'Assertion' or a 3.0 'AchievementCredential'/'OpenBadgeCredential', not {(types.Count == 0 ? "no type" : string.Join(", ", types))}");
                if (root.ValueKind != JsonValueKind.Array) return ImportReadResult.Malformed(error);
                messages.Add(error);
                continue;
            }
            if (record is not null) records.Add(record);
        }
        return new ImportReadResult(records, messages);
    }

    private static ImportedCredential? ReadCredential(JsonElement credential, string where, List<ImportMessage> messages)
    {
        if (JsonInput.Property(credential, "credentialSubject") is not { ValueKind: JsonValueKind.Object } subject
            || JsonInput.Property(subject, "achievement") is not { ValueKind: JsonValueKind.Object } achievement)
        {
            messages.Add(ImportMessage.Error($"{where}.credentialSubject.achievement", "missing; the credential names no achievement, so it is skipped"));
            return null;
        }
        var name = JsonInput.String(achievement, "name") ?? JsonInput.String(credential, "name");
        if (name is null)
        {
            messages.Add(ImportMessage.Error($"{where}.credentialSubject.achievement.name", "missing; skipped"));
            return null;
        }
        var (issuedPath, issuedText) = First(credential, where, "awardedDate", "validFrom", "issuanceDate");
        if (issuedText is null || DateValue.TryParse(issuedText) is not { } issued)
        {
            messages.Add(ImportMessage.Error(issuedPath ?? $"{where}.validFrom", $"'{name}' has no readable validFrom, issuanceDate or awardedDate; skipped"));
            return null;
        }
        var provider = ProviderOf(JsonInput.Property(credential, "issuer"), $"{where}.issuer", messages)
                       ?? ProviderOf(JsonInput.Property(achievement, "creator"), $"{where}.credentialSubject.achievement.creator", messages);
        if (provider is null)
        {
            messages.Add(ImportMessage.Error($"{where}.issuer", $"'{name}' has no issuer; skipped"));
            return null;
        }
        var (expiryPath, expiryText) = First(credential, where, "validUntil", "expirationDate");
        var expires = Expiry(expiryText, expiryPath, messages);
        var id = JsonInput.String(credential, "id");
        if (!JsonInput.IsHttpUrl(id)) id = VerificationEvidence(credential);
        var description = JsonInput.String(achievement, "description");
        if (description == OpenBadgesText.FallbackDescription(name, provider)) description = null;
        var skills = JsonInput.Strings(achievement, "tag");
        if (skills.Count == 0 && JsonInput.Property(achievement, "alignment") is { ValueKind: JsonValueKind.Array } alignment)
            skills = alignment.EnumerateArray().Select(a => JsonInput.String(a, "targetName")).OfType<string>().ToArray();
        return new ImportedCredential
        {
            Source = where,
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

    private static ImportedCredential? ReadAssertion(JsonElement assertion, string where, List<ImportMessage> messages)
    {
        if (JsonInput.Property(assertion, "badge") is not { } badge)
        {
            messages.Add(ImportMessage.Error($"{where}.badge", "missing; skipped"));
            return null;
        }
        string name;
        string? urlProvider = null;
        if (badge.ValueKind == JsonValueKind.String && badge.GetString() is { } badgeUrl && HostOf(badgeUrl) is { } badgeHost)
        {
            // Nothing is fetched: the BadgeClass URL itself is all there is to name the badge by.
            name = NameFromUrl(badgeUrl);
            urlProvider = badgeHost;
            messages.Add(ImportMessage.Warning($"{where}.badge", $"the BadgeClass is only a URL ({badgeUrl}); nothing is fetched, so the title '{name}' and provider '{badgeHost}' are taken from the URL (edit them)"));
        }
        else if (badge.ValueKind != JsonValueKind.Object || JsonInput.String(badge, "name") is not { } badgeName)
        {
            messages.Add(ImportMessage.Error($"{where}.badge.name", "missing; skipped"));
            return null;
        }
        else name = badgeName;
        if (JsonInput.String(assertion, "issuedOn") is not { } issuedText || DateValue.TryParse(issuedText) is not { } issued)
        {
            messages.Add(ImportMessage.Error($"{where}.issuedOn", $"'{name}' has no readable issuedOn; skipped"));
            return null;
        }
        var provider = urlProvider ?? ProviderOf(JsonInput.Property(badge, "issuer"), $"{where}.badge.issuer", messages);
        if (provider is null)
        {
            messages.Add(ImportMessage.Error($"{where}.badge.issuer", $"'{name}' has no issuer; skipped"));
            return null;
        }
        if (JsonInput.Property(assertion, "revoked") is { ValueKind: JsonValueKind.True })
            messages.Add(ImportMessage.Warning($"{where}.revoked", $"'{name}' is revoked; imported all the same"));
        var expires = Expiry(JsonInput.String(assertion, "expires"), $"{where}.expires", messages);
        var id = JsonInput.String(assertion, "id");
        return new ImportedCredential
        {
            Source = where,
            Title = name,
            Provider = provider,
            Issued = issued,
            Expires = expires,
            Description = JsonInput.String(badge, "description"),
            VerificationUrl = JsonInput.IsHttpUrl(id) ? id : null,
            Skills = JsonInput.Strings(badge, "tags").Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            Logo = ImageUrl(JsonInput.Property(badge, "image")) ?? ImageUrl(JsonInput.Property(assertion, "image")),
        };
    }

    /// <summary>The issuer's name; an issuer given only as a URL yields its host, with a warning (nothing is fetched).</summary>
    private static string? ProviderOf(JsonElement? issuer, string path, List<ImportMessage> messages)
    {
        switch (issuer)
        {
            case { ValueKind: JsonValueKind.Object } profile:
                if (JsonInput.String(profile, "name") is { } name) return name;
                if (JsonInput.String(profile, "id") is { } profileId && HostOf(profileId) is { } profileHost)
                {
                    messages.Add(ImportMessage.Warning(path, $"the issuer has no name; its host '{profileHost}' is used as the provider (edit it)"));
                    return profileHost;
                }
                return null;
            case { ValueKind: JsonValueKind.String } url when HostOf(url.GetString()!) is { } host:
                messages.Add(ImportMessage.Warning(path, $"the issuer is only a URL ({url.GetString()}); nothing is fetched, its host '{host}' is used as the provider (edit it)"));
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

    /// <summary>The last path segment of a URL as words (<c>…/badges/python-basics</c> → <c>python basics</c>), else the URL.</summary>
    private static string NameFromUrl(string url)
    {
        var segment = new Uri(url).Segments.LastOrDefault()?.Trim('/') ?? "";
        var words = Uri.UnescapeDataString(segment).Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Any(char.IsLetter) ? words : url;
    }

    private static string? HostOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0 ? uri.Host : null;

    private static string? ImageUrl(JsonElement? image) => image switch
    {
        { ValueKind: JsonValueKind.String } s when JsonInput.IsHttpUrl(s.GetString()) => s.GetString(),
        { ValueKind: JsonValueKind.Object } o when JsonInput.String(o, "id") is { } id && JsonInput.IsHttpUrl(id) => id,
        _ => null,
    };

    private static DateOnly? Expiry(string? text, string? path, List<ImportMessage> messages)
    {
        if (text is null) return null;
        var date = DateValue.TryParse(text);
        if (date is null) messages.Add(ImportMessage.Warning(path ?? "expires", $"'{text}' is not a date; imported without an expiry"));
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

    private static IReadOnlyList<string> Types(JsonElement element) => JsonInput.Property(element, "type") switch
    {
        { ValueKind: JsonValueKind.String } s => [s.GetString()!],
        { ValueKind: JsonValueKind.Array } a => a.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!).ToArray(),
        _ => [],
    };
}
