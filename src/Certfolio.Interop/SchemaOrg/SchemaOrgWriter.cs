using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;

namespace Certfolio.Interop.SchemaOrg;

/// <summary>
/// The schema.org JSON-LD of credentials: one <c>EducationalOccupationalCredential</c> per credential and a
/// <c>Person</c> that holds them through <c>hasCredential</c>. The site embeds exactly this JSON, and
/// <c>export --to jsonld</c> writes it, so both always agree.
/// </summary>
public static class SchemaOrgWriter
{
    public const string Context = "https://schema.org";

    /// <remarks>Dates are ISO 8601 at the precision known: <c>2024-08</c> for a credential with <c>datePrecision: month</c>.</remarks>
    /// <summary>One credential as a standalone JSON-LD object (with its own <c>@context</c>).</summary>
    /// <param name="credential">The credential.</param>
    /// <param name="baseUrl">The site's absolute base URL ending in '/', used to make an asset logo absolute; null leaves asset logos out.</param>
    public static JsonObject ForCredential(Credential credential, string? baseUrl = null)
    {
        var node = new JsonObject { ["@context"] = Context };
        foreach (var (key, value) in CredentialProperties(credential, baseUrl)) node[key] = value;
        return node;
    }

    /// <summary>The portfolio's owner as a <c>Person</c> whose <c>hasCredential</c> lists every credential in the order given.</summary>
    public static JsonObject ForPerson(PortfolioConfig config, IEnumerable<Credential> credentials)
    {
        var person = new JsonObject { ["@context"] = Context, ["@type"] = "Person" };
        if (config.Owner.Name is { Length: > 0 } name) person["name"] = name;
        if (config.Owner.Headline is { Length: > 0 } headline) person["jobTitle"] = headline;
        if (config.BaseUrl is { } url) person["url"] = url;
        var items = new JsonArray();
        foreach (var credential in credentials)
        {
            var item = new JsonObject();
            foreach (var (key, value) in CredentialProperties(credential, config.BaseUrl)) item[key] = value;
            items.Add(item);
        }
        person["hasCredential"] = items;
        return person;
    }

    /// <summary>
    /// Writes JSON-LD safe to embed in <c>&lt;script type="application/ld+json"&gt;</c>: the default encoder
    /// escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so a value containing <c>&lt;/script&gt;</c> cannot end the element.
    /// </summary>
    public static string Serialize(JsonNode node, bool indented = true) =>
        node.ToJsonString(indented ? Indented : Compact);

    /// <summary>The absolute URL of a logo: URL logos as they are, asset logos under <paramref name="baseUrl"/>, else null.</summary>
    public static string? AbsoluteLogoUrl(Logo? logo, string? baseUrl)
    {
        if (logo is null) return null;
        if (logo.IsUrl) return logo.Value;
        if (baseUrl is null) return null;
        return (baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/") + logo.AssetPath;
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.Default };
    private static readonly JsonSerializerOptions Compact = new() { WriteIndented = false, Encoder = JavaScriptEncoder.Default };

    private static IEnumerable<(string Key, JsonNode? Value)> CredentialProperties(Credential credential, string? baseUrl)
    {
        yield return ("@type", "EducationalOccupationalCredential");
        yield return ("name", credential.Title);
        if (credential.Description is { Length: > 0 } description) yield return ("description", description);
        yield return ("credentialCategory", "certification");
        if (credential.Level is { Length: > 0 } level) yield return ("educationalLevel", level);
        yield return ("recognizedBy", new JsonObject { ["@type"] = "Organization", ["name"] = credential.Provider });
        var precision = Importing.CredentialDates.PrecisionOf(credential);
        var issued = JsonResume.ResumeDate.Format(credential.Issued, precision);
        yield return ("dateCreated", issued);
        yield return ("validFrom", issued);
        if (credential.Expires is { } expires)
        {
            yield return ("expires", JsonResume.ResumeDate.Format(expires, precision));
            yield return ("validUntil", JsonResume.ResumeDate.Format(expires, precision));
        }
        if (credential.CredentialId is { Length: > 0 } id) yield return ("identifier", id);
        if (credential.VerificationUrl is { Length: > 0 } url) yield return ("url", url);
        if (credential.Skills.Count > 0)
        {
            yield return ("about", new JsonArray(credential.Skills.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()));
            yield return ("teaches", new JsonArray(credential.Skills.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()));
        }
        if (AbsoluteLogoUrl(credential.Logo, baseUrl) is { } image) yield return ("image", image);
    }
}
