using System.Text.Json;
using Certfolio.Core.Diagnostics;
using Certfolio.Interop.Importing;
using Certfolio.Interop.Json;

namespace Certfolio.Interop.JsonResume;

/// <summary>
/// Reads <c>certificates[]</c> of a resume.json, with Certfolio's <c>expiryDate</c>/<c>credentialId</c> extras when present,
/// and <c>awards[]</c> with <see cref="ImportOptions.IncludeAwards"/> (older resumes list certifications there).
/// </summary>
public sealed class JsonResumeImporter : IImporter
{
    public string Format => "jsonresume";

    public string Title => "JSON Resume";

    /// <summary>An object with a resume's sections (<c>certificates</c>, <c>awards</c>, <c>basics</c>, <c>work</c>) or its schema.</summary>
    public bool Recognises(ImportSample sample) =>
        sample.Json is { ValueKind: JsonValueKind.Object } root
        && (new[] { JsonResumeFields.Certificates, JsonResumeFields.Awards, "basics", "work", "education" }.Any(section => JsonInput.Property(root, section) is not null)
            || JsonInput.String(root, "$schema")?.Contains("jsonresume", StringComparison.OrdinalIgnoreCase) == true);

    public IReadOnlyList<ImportReadResult> Read(IReadOnlyList<ImportInput> inputs) => Read(inputs, new ImportOptions());

    public IReadOnlyList<ImportReadResult> Read(IReadOnlyList<ImportInput> inputs, ImportOptions options) =>
        inputs.Select(input => ReadFile(input, options.IncludeAwards)).ToArray();

    private static ImportReadResult ReadFile(ImportInput input, bool includeAwards)
    {
        using var document = JsonInput.Parse(input, out var failure);
        if (document is null) return failure!;
        var map = new JsonSourceMap(input);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            return ImportReadResult.Malformed(map.Place("$").Diagnostic(Descriptors.WrongInputShape, "a resume.json object", JsonInput.Describe(root)));
        var certificates = JsonInput.Property(root, JsonResumeFields.Certificates);
        var awards = JsonInput.Property(root, JsonResumeFields.Awards);
        foreach (var (section, value) in new[] { (JsonResumeFields.Certificates, certificates), (JsonResumeFields.Awards, awards) })
        {
            if (value is not { } list) continue;
            if (list.ValueKind != JsonValueKind.Array)
                return ImportReadResult.Malformed(map.Place($"$.{section}").Diagnostic(Descriptors.WrongInputShape, $"an array of {section}", JsonInput.Describe(list)));
            if (list.GetArrayLength() > ImportLimits.MaxRecords)
                return ImportReadResult.Malformed(map.Place($"$.{section}").Diagnostic(Descriptors.TooManyRecords, ImportLimits.MaxRecords, section));
        }
        var awardCount = awards?.GetArrayLength() ?? 0;
        // "certificates": [] has nothing to import either: said at the array, as a file without it is.
        if ((certificates?.GetArrayLength() ?? 0) == 0 && (awardCount == 0 || !includeAwards))
        {
            var missing = awardCount == 0 ? "certificates (nor awards)" : $"certificates, only {awardCount} award(s) (--include-awards imports them as credentials)";
            return new ImportReadResult([], [map.Place("$.certificates").Diagnostic(Descriptors.NothingToImport, missing)]);
        }

        var records = new List<ImportedCredential>();
        var diagnostics = new List<Diagnostic>();
        var index = 0;
        foreach (var item in Items(certificates))
        {
            if (ReadCertificate(item, $"$.certificates[{index++}]", map, diagnostics) is { } record) records.Add(record);
        }
        if (awardCount > 0 && !includeAwards) diagnostics.Add(map.Place("$.awards").Diagnostic(Descriptors.AwardsNotImported, awardCount));
        index = 0;
        foreach (var item in includeAwards ? Items(awards) : [])
        {
            if (ReadAward(item, $"$.awards[{index++}]", map, diagnostics) is { } record) records.Add(record);
        }
        return new ImportReadResult(records, diagnostics);
    }

    private static IReadOnlyList<JsonElement> Items(JsonElement? list) => list is { } array ? array.EnumerateArray().ToArray() : [];

    /// <summary>An award as a credential: <c>title</c>, <c>awarder</c> as the provider, <c>date</c>, <c>summary</c> as the description.</summary>
    private static ImportedCredential? ReadAward(JsonElement item, string where, JsonSourceMap map, List<Diagnostic> diagnostics)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(map.Place(where).Diagnostic(Descriptors.RecordOfWrongKind, "an award object", JsonInput.Describe(item)));
            return null;
        }
        if (JsonInput.String(item, JsonResumeFields.AwardTitle) is not { } title)
        {
            diagnostics.Add(map.Place($"{where}.title").Diagnostic(Descriptors.RecordWithoutTitle, JsonResumeFields.AwardTitle));
            return null;
        }
        if (JsonInput.String(item, JsonResumeFields.Awarder) is not { } awarder)
        {
            diagnostics.Add(map.Place($"{where}.awarder").Diagnostic(Descriptors.RecordWithoutProvider, title, JsonResumeFields.Awarder));
            return null;
        }
        if (JsonInput.String(item, JsonResumeFields.Date) is not { } dateText || ResumeDate.Parse(dateText) is not { } issued)
        {
            diagnostics.Add(map.Place($"{where}.date").Diagnostic(Descriptors.RecordWithoutIssueDate, title, "date (YYYY, YYYY-MM or YYYY-MM-DD)"));
            return null;
        }
        return new ImportedCredential
        {
            Place = map.Place(where),
            Title = title,
            Provider = awarder,
            Issued = issued.Date,
            Precision = issued.Precision,
            Description = JsonInput.String(item, JsonResumeFields.AwardSummary),
        };
    }

    private static ImportedCredential? ReadCertificate(JsonElement item, string where, JsonSourceMap map, List<Diagnostic> diagnostics)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(map.Place(where).Diagnostic(Descriptors.RecordOfWrongKind, "a certificate object", JsonInput.Describe(item)));
            return null;
        }
        if (JsonInput.String(item, JsonResumeFields.Name) is not { } name)
        {
            diagnostics.Add(map.Place($"{where}.name").Diagnostic(Descriptors.RecordWithoutTitle, JsonResumeFields.Name));
            return null;
        }
        if (JsonInput.String(item, JsonResumeFields.Issuer) is not { } issuer)
        {
            diagnostics.Add(map.Place($"{where}.issuer").Diagnostic(Descriptors.RecordWithoutProvider, name, JsonResumeFields.Issuer));
            return null;
        }
        if (JsonInput.String(item, JsonResumeFields.Date) is not { } dateText || ResumeDate.Parse(dateText) is not { } issued)
        {
            diagnostics.Add(map.Place($"{where}.date").Diagnostic(Descriptors.RecordWithoutIssueDate, name, "date (YYYY, YYYY-MM or YYYY-MM-DD)"));
            return null;
        }
        (DateOnly Date, DatePrecision Precision)? expires = null;
        if (JsonInput.String(item, JsonResumeFields.ExpiryDate) is { } expiryText)
        {
            expires = ResumeDate.Parse(expiryText);
            if (expires is null) diagnostics.Add(map.Place($"{where}.expiryDate").Diagnostic(Descriptors.ExpiryNotRead, expiryText));
        }
        var url = JsonInput.String(item, JsonResumeFields.Url);
        if (url is not null && !JsonInput.IsHttpUrl(url))
        {
            diagnostics.Add(map.Place($"{where}.url").Diagnostic(Descriptors.LinkLeftOut, url, "a verificationUrl"));
            url = null;
        }
        var (expiry, precision) = CredentialDates.Combine(issued.Precision, expires);
        return new ImportedCredential
        {
            Place = map.Place(where),
            Title = name,
            Provider = issuer,
            Issued = issued.Date,
            Precision = precision,
            Expires = expiry,
            VerificationUrl = url,
            CredentialId = JsonInput.String(item, JsonResumeFields.CredentialId),
        };
    }
}
