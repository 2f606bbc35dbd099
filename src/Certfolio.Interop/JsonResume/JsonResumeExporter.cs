using System.Text.Json;
using System.Text.Json.Nodes;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Certfolio.Interop.Exporting;
using Certfolio.Interop.Importing;
using Certfolio.Interop.Json;

namespace Certfolio.Interop.JsonResume;

/// <summary>
/// Writes JSON Resume <c>certificates[]</c> (<c>name</c>, <c>date</c>, <c>issuer</c>, <c>url</c>) with ISO dates at
/// the precision known, plus the extra item properties <c>expiryDate</c> and <c>credentialId</c>. With
/// <c>--into</c> it merges into <c>certificates</c> of an existing resume (<see cref="CertificatesMerge"/>) and keeps
/// everything else. <c>courseUrl</c> is the <c>url</c> when there is no verification URL.
/// </summary>
public sealed class JsonResumeExporter : IExporter
{
    public const string DefaultFileName = "resume.json";

    public string Format => "jsonresume";

    public string Title => "JSON Resume";

    public bool IsOwnOutput(string existing, string replacement) => CertfolioOutputs.IsJsonResumeExport(existing);

    public bool MergesInto => true;

    public ExportResult Export(Portfolio portfolio, ExportOptions options)
    {
        var losses = new LossReport("JSON Resume", portfolio.Credentials.Count);
        var items = new List<(Core.Model.Credential, JsonObject)>();
        foreach (var credential in portfolio.Credentials)
        {
            var precision = CredentialDates.PrecisionOf(credential);
            var item = new JsonObject
            {
                [JsonResumeFields.Name] = credential.Title,
                [JsonResumeFields.Date] = ResumeDate.Format(credential.Issued, precision),
                [JsonResumeFields.Issuer] = credential.Provider,
            };
            // The certificate's url is its proof; the course page stands in only when there is none.
            if (credential.VerificationUrl is { } url) item[JsonResumeFields.Url] = url;
            else if (CourseUrl.Of(credential) is { } course) item[JsonResumeFields.Url] = course;
            if (credential.VerificationUrl is not null && CourseUrl.Of(credential) is not null) losses.Lost(CourseUrl.Key, credential);
            if (credential.Expires is { } expires) item[JsonResumeFields.ExpiryDate] = ResumeDate.Format(expires, precision);
            if (credential.CredentialId is { } id) item[JsonResumeFields.CredentialId] = id;
            items.Add((credential, item));

            if (credential.Description is not null) losses.Lost("description", credential);
            if (credential.Skills.Count > 0) losses.Lost("skills", credential);
            if (credential.Level is not null) losses.Lost("level", credential);
            if (credential.Logo is not null) losses.Lost("logo", credential);
        }

        if (options.MergeInto is { } existing)
        {
            if (JsonInput.LoneSurrogate(existing.Text) is { } half)
                return new ExportResult([], [Diagnostic.Create(Descriptors.InvalidMergeTarget, half.At(existing.Name), half.Reason)]);
            try
            {
                _ = JsonNode.Parse(existing.Text.TrimStart('\uFEFF'), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
                    ?? throw new JsonException("the resume must be a JSON object");
            }
            catch (JsonException e)
            {
                return new ExportResult([], [Diagnostic.Create(Descriptors.InvalidMergeTarget, JsonInput.PositionOf(e, existing.Name), JsonInput.Reason(e))]);
            }
            return new ExportResult([new ExportFile(DefaultFileName, CertificatesMerge.Into(existing.Text, items))], losses.Diagnostics);
        }

        var resume = new JsonObject();
        if (portfolio.Config.Owner.Name is { Length: > 0 } name) resume["basics"] = new JsonObject { ["name"] = name };
        resume[JsonResumeFields.Certificates] = new JsonArray(items.Select(i => (JsonNode?)i.Item2).ToArray());
        return new ExportResult([new ExportFile(DefaultFileName, ExportJson.Write(resume))], losses.Diagnostics);
    }
}
