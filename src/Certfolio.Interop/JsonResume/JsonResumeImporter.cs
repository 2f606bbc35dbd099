using System.Text.Json;
using Certfolio.Core.Diagnostics;
using Certfolio.Interop.Importing;
using Certfolio.Interop.Json;

namespace Certfolio.Interop.JsonResume;

/// <summary>Reads <c>certificates[]</c> of a resume.json, with Certfolio's <c>expiryDate</c>/<c>credentialId</c> extras when present.</summary>
public sealed class JsonResumeImporter : IImporter
{
    public string Format => "jsonresume";

    public string Title => "JSON Resume";

    public IReadOnlyList<ImportReadResult> Read(IReadOnlyList<ImportInput> inputs) => inputs.Select(ReadFile).ToArray();

    private static ImportReadResult ReadFile(ImportInput input)
    {
        using var document = JsonInput.Parse(input, out var failure);
        if (document is null) return failure!;
        var map = new JsonSourceMap(input);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            return ImportReadResult.Malformed(map.Place("$").Diagnostic(Descriptors.WrongInputShape, "a resume.json object", JsonInput.Describe(root)));
        if (JsonInput.Property(root, JsonResumeFields.Certificates) is not { } certificates)
            return new ImportReadResult([], [map.Place("$.certificates").Diagnostic(Descriptors.NothingToImport, "certificates")]);
        if (certificates.ValueKind != JsonValueKind.Array)
            return ImportReadResult.Malformed(map.Place("$.certificates").Diagnostic(Descriptors.WrongInputShape, "an array of certificates", JsonInput.Describe(certificates)));
        if (certificates.GetArrayLength() > ImportLimits.MaxRecords)
            return ImportReadResult.Malformed(map.Place("$.certificates").Diagnostic(Descriptors.TooManyRecords, ImportLimits.MaxRecords, "certificates"));

        var records = new List<ImportedCredential>();
        var diagnostics = new List<Diagnostic>();
        var index = 0;
        foreach (var item in certificates.EnumerateArray())
        {
            if (ReadCertificate(item, $"$.certificates[{index++}]", map, diagnostics) is { } record) records.Add(record);
        }
        return new ImportReadResult(records, diagnostics);
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
        return new ImportedCredential
        {
            Place = map.Place(where),
            Title = name,
            Provider = issuer,
            Issued = issued.Date,
            Precision = issued.Precision,
            Expires = expires?.Date,
            VerificationUrl = url,
            CredentialId = JsonInput.String(item, JsonResumeFields.CredentialId),
        };
    }
}
