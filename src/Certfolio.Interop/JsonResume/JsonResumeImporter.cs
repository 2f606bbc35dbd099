using System.Text.Json;
using Certfolio.Interop.Importing;
using Certfolio.Interop.Json;

namespace Certfolio.Interop.JsonResume;

/// <summary>Reads <c>certificates[]</c> of a resume.json, with Certfolio's <c>expiryDate</c>/<c>credentialId</c> extras when present.</summary>
public sealed class JsonResumeImporter : IImporter
{
    public string Format => "jsonresume";

    public IReadOnlyList<ImportReadResult> Read(IReadOnlyList<ImportInput> inputs) => inputs.Select(ReadFile).ToArray();

    private static ImportReadResult ReadFile(ImportInput input)
    {
        using var document = JsonInput.Parse(input, out var failure);
        if (document is null) return failure!;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
            return ImportReadResult.Malformed(ImportMessage.Error($"{input.Name} $", "a resume.json must be an object"));
        if (JsonInput.Property(root, JsonResumeFields.Certificates) is not { } certificates)
            return new ImportReadResult([], [ImportMessage.Warning($"{input.Name} $.certificates", "the resume has no certificates")]);
        if (certificates.ValueKind != JsonValueKind.Array)
            return ImportReadResult.Malformed(ImportMessage.Error($"{input.Name} $.certificates", "must be an array of certificates"));
        if (certificates.GetArrayLength() > ImportLimits.MaxRecords)
            return ImportReadResult.Malformed(ImportMessage.Error($"{input.Name} $.certificates", $"more than {ImportLimits.MaxRecords:N0} certificates"));

        var records = new List<ImportedCredential>();
        var messages = new List<ImportMessage>();
        var index = 0;
        foreach (var item in certificates.EnumerateArray())
        {
            var where = $"{input.Name} $.certificates[{index++}]";
            if (ReadCertificate(item, where, messages) is { } record) records.Add(record);
        }
        return new ImportReadResult(records, messages);
    }

    private static ImportedCredential? ReadCertificate(JsonElement item, string where, List<ImportMessage> messages)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            messages.Add(ImportMessage.Error(where, "a certificate must be an object; skipped"));
            return null;
        }
        if (JsonInput.String(item, JsonResumeFields.Name) is not { } name)
        {
            messages.Add(ImportMessage.Error($"{where}.name", "the certificate has no name; skipped"));
            return null;
        }
        if (JsonInput.String(item, JsonResumeFields.Issuer) is not { } issuer)
        {
            messages.Add(ImportMessage.Error($"{where}.issuer", $"'{name}' has no issuer; a credential needs a provider, so it is skipped"));
            return null;
        }
        if (JsonInput.String(item, JsonResumeFields.Date) is not { } dateText || ResumeDate.Parse(dateText) is not { } issued)
        {
            messages.Add(ImportMessage.Error($"{where}.date", $"'{name}' has no date in YYYY, YYYY-MM or YYYY-MM-DD form; skipped"));
            return null;
        }
        (DateOnly Date, DatePrecision Precision)? expires = null;
        if (JsonInput.String(item, JsonResumeFields.ExpiryDate) is { } expiryText)
        {
            expires = ResumeDate.Parse(expiryText);
            if (expires is null) messages.Add(ImportMessage.Warning($"{where}.expiryDate", $"'{expiryText}' is not a date; imported without an expiry"));
        }
        var url = JsonInput.String(item, JsonResumeFields.Url);
        if (url is not null && !JsonInput.IsHttpUrl(url))
        {
            messages.Add(ImportMessage.Warning($"{where}.url", $"'{url}' is not an http(s) URL; left out"));
            url = null;
        }
        return new ImportedCredential
        {
            Source = where,
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
