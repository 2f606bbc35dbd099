using System.Buffers;
using System.Text;
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
    public static JsonObject ForCredential(Credential credential, string? baseUrl = null) =>
        ToNode(json => WriteCredential(json, credential, baseUrl, withContext: true));

    /// <summary>The portfolio's owner as a <c>Person</c> whose <c>hasCredential</c> lists every credential in the order given.</summary>
    public static JsonObject ForPerson(PortfolioConfig config, IEnumerable<Credential> credentials) => ToNode(json =>
    {
        json.WriteStartObject();
        json.WriteString("@context", Context);
        json.WriteString("@type", "Person");
        if (config.Owner.Name is { Length: > 0 } name) json.WriteString("name", name);
        if (config.Owner.Headline is { Length: > 0 } headline) json.WriteString("jobTitle", headline);
        if (config.BaseUrl is { } url) json.WriteString("url", url);
        json.WriteStartArray("hasCredential");
        foreach (var credential in credentials) WriteCredential(json, credential, config.BaseUrl, withContext: false);
        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>
    /// Writes JSON-LD safe to embed in <c>&lt;script type="application/ld+json"&gt;</c>: the default encoder
    /// escapes <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c>, so a value containing <c>&lt;/script&gt;</c> cannot end the element.
    /// </summary>
    public static string Serialize(JsonNode node, bool indented = true) =>
        node.ToJsonString(indented ? Indented : Compact);

    /// <summary>
    /// <see cref="ForCredential"/> serialized as <see cref="Serialize"/> would, written straight from the credential
    /// (the same writer builds the node): what every credential page embeds, without a tree of nodes in between.
    /// </summary>
    public static string SerializeCredential(Credential credential, string? baseUrl = null, bool indented = false) =>
        Write(json => WriteCredential(json, credential, baseUrl, withContext: true), indented, bytes => Encoding.UTF8.GetString(bytes));

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

    // The options Serialize's JsonSerializerOptions give the writer underneath ToJsonString, so both paths write the same bytes.
    private static readonly JsonWriterOptions IndentedWriter = new() { Indented = true, Encoder = JavaScriptEncoder.Default };
    private static readonly JsonWriterOptions CompactWriter = new() { Indented = false, Encoder = JavaScriptEncoder.Default };

    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;

    private static JsonObject ToNode(Action<Utf8JsonWriter> write) =>
        Write(write, indented: false, bytes => JsonNode.Parse(bytes)!.AsObject());

    /// <summary>Runs <paramref name="write"/> on a writer over a buffer the thread reuses and reads the result.</summary>
    private static T Write<T>(Action<Utf8JsonWriter> write, bool indented, Func<ReadOnlySpan<byte>, T> read)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, indented ? IndentedWriter : CompactWriter)) write(json);
        var result = read(buffer.WrittenSpan);
        if (buffer.Capacity > 1024 * 1024) t_buffer = null;
        return result;
    }

    /// <summary>The one place the properties of a credential are decided, for the site and for every export.</summary>
    private static void WriteCredential(Utf8JsonWriter json, Credential credential, string? baseUrl, bool withContext)
    {
        json.WriteStartObject();
        if (withContext) json.WriteString("@context", Context);
        json.WriteString("@type", "EducationalOccupationalCredential");
        json.WriteString("name", credential.Title);
        if (credential.Description is { Length: > 0 } description) json.WriteString("description", description);
        json.WriteString("credentialCategory", "certification");
        if (credential.Level is { Length: > 0 } level) json.WriteString("educationalLevel", level);
        json.WriteStartObject("recognizedBy");
        json.WriteString("@type", "Organization");
        json.WriteString("name", credential.Provider);
        json.WriteEndObject();
        var precision = Importing.CredentialDates.PrecisionOf(credential);
        var issued = JsonResume.ResumeDate.Format(credential.Issued, precision);
        json.WriteString("dateCreated", issued);
        json.WriteString("validFrom", issued);
        if (credential.Expires is { } expires)
        {
            var until = JsonResume.ResumeDate.Format(expires, precision);
            json.WriteString("expires", until);
            json.WriteString("validUntil", until);
        }
        if (credential.CredentialId is { Length: > 0 } id) json.WriteString("identifier", id);
        if (credential.VerificationUrl is { Length: > 0 } url) json.WriteString("url", url);
        if (credential.Skills.Count > 0)
        {
            foreach (var property in (ReadOnlySpan<string>)["about", "teaches"])
            {
                json.WriteStartArray(property);
                foreach (var skill in credential.Skills) json.WriteStringValue(skill);
                json.WriteEndArray();
            }
        }
        if (AbsoluteLogoUrl(credential.Logo, baseUrl) is { } image) json.WriteString("image", image);
        json.WriteEndObject();
    }
}
