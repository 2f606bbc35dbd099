using System.Globalization;
using System.Text.Json.Nodes;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;
using Certfolio.Interop.Exporting;
using Certfolio.Interop.Importing;
using Certfolio.Interop.SchemaOrg;

namespace Certfolio.Interop.OpenBadges;

/// <summary>
/// Writes one unsigned Open Badges 3.0 <c>AchievementCredential</c> per credential, valid against the official
/// JSON Schema. Identifiers the front matter lacks are name-based UUIDs (<see cref="DeterministicUuid"/>); the
/// subject is <c>baseUrl</c> from certfolio.yaml, else a UUID from the owner's name. The verification URL
/// travels as <c>evidence</c>, the credential ID as <c>credentialSubject.licenseNumber</c>.
/// </summary>
public sealed class OpenBadgesExporter : IExporter
{
    public string Format => "openbadges";

    public string Title => "Open Badges 3.0";

    public bool IsOwnOutput(string existing, string replacement) => CertfolioOutputs.IsSameOpenBadge(existing, replacement);

    public bool WritesFolder => true;

    public ExportResult Export(Portfolio portfolio, ExportOptions options)
    {
        var losses = new LossReport("Open Badges 3.0", portfolio.Credentials.Count);
        var config = portfolio.Config;
        var subjectId = config.BaseUrl ?? DeterministicUuid.Urn("certfolio:owner:" + (config.Owner.Name ?? ""));
        if (config.BaseUrl is null && config.Owner.Name is null)
            losses.Note(Diagnostic.Create(Descriptors.AnonymousBadgeSubject, SourceLocation.FileStart(ConfigReader.FileName)));
        var files = portfolio.Credentials.Select(c => new ExportFile(c.Slug + ".json", ExportJson.Write(Build(c, subjectId, config.BaseUrl, losses)))).ToArray();
        return new ExportResult(files, losses.Diagnostics);
    }

    /// <summary>One credential as an <c>AchievementCredential</c>.</summary>
    public static JsonObject Build(Credential credential, string subjectId, string? baseUrl, LossReport? losses = null)
    {
        var key = $"{credential.Provider}|{credential.CredentialId ?? credential.Title + "|" + credential.Issued.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var achievement = new JsonObject
        {
            ["id"] = DeterministicUuid.Urn($"certfolio:achievement:{credential.Provider}|{credential.Title}"),
            ["type"] = new JsonArray("Achievement"),
            ["achievementType"] = "Certification",
            ["name"] = credential.Title,
            ["description"] = credential.Description ?? OpenBadgesText.FallbackDescription(credential.Title, credential.Provider),
            ["criteria"] = Criteria(credential),
        };
        if (credential.Skills.Count > 0) achievement["tag"] = new JsonArray(credential.Skills.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
        if (SchemaOrgWriter.AbsoluteLogoUrl(credential.Logo, baseUrl) is { } image) achievement["image"] = new JsonObject { ["id"] = image, ["type"] = "Image" };
        else if (credential.Logo is not null) losses?.Lost("logo (an asset path without baseUrl)", credential, "logo");
        if (credential.Level is not null) losses?.Lost("level", credential);
        if (CredentialDates.PrecisionOf(credential) != DatePrecision.Day)
            losses?.Note(Diagnostic.Create(Descriptors.DateWidenedToDay, credential.LocationOf("date"), DatePeriod.Name(CredentialDates.PrecisionOf(credential)), "validFrom"));

        var subject = new JsonObject { ["id"] = subjectId, ["type"] = new JsonArray("AchievementSubject") };
        if (credential.CredentialId is { } id) subject["licenseNumber"] = id;
        subject["achievement"] = achievement;

        var issued = Timestamp(credential.Issued, TimeOnly.MinValue);
        var result = new JsonObject
        {
            ["@context"] = new JsonArray(OpenBadgesText.ContextV2, OpenBadgesText.ContextOb3),
            ["id"] = DeterministicUuid.Urn("certfolio:credential:" + key),
            ["type"] = new JsonArray("VerifiableCredential", "AchievementCredential"),
            ["name"] = credential.Title,
            ["issuer"] = new JsonObject
            {
                ["id"] = DeterministicUuid.Urn("certfolio:issuer:" + credential.Provider),
                ["type"] = new JsonArray("Profile"),
                ["name"] = credential.Provider,
            },
            ["validFrom"] = issued,
        };
        // Valid through the whole expiry day (the last day of its month when known to the month): expired from the day
        // after, as StatusCalculator says.
        if (credential.ValidThrough is { } expires) result["validUntil"] = Timestamp(expires, new TimeOnly(23, 59, 59));
        result["awardedDate"] = issued;
        result["credentialSubject"] = subject;
        if (credential.VerificationUrl is { } url)
        {
            result["evidence"] = new JsonArray(new JsonObject
            {
                ["id"] = url,
                ["type"] = new JsonArray("Evidence"),
                ["name"] = OpenBadgesText.VerificationEvidenceName,
            });
        }
        return result;
    }

    private static string Timestamp(DateOnly date, TimeOnly time) =>
        date.ToDateTime(time).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The criteria: the course page as its id (OB 3.0: "the URI of a webpage that describes the criteria"), and the narrative.</summary>
    private static JsonObject Criteria(Credential credential)
    {
        var criteria = new JsonObject();
        if (CourseUrl.Of(credential) is { } course) criteria["id"] = course;
        criteria["narrative"] = OpenBadgesText.CriteriaNarrative(credential.Provider);
        return criteria;
    }
}
