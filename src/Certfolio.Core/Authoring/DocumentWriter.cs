using System.Globalization;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Certfolio.Core.Authoring;

/// <summary>
/// Writes a certification document in the reference layout: quoted strings, <c>dd.MM.yyyy</c> dates,
/// a flow list of skills, then a Markdown body. YamlDotNet's emitter does the quoting and escaping.
/// </summary>
public static class DocumentWriter
{
    public static string Write(NewCredential credential, string? body = null)
    {
        var fields = new List<(string Key, object Value)>
        {
            ("title", credential.Title),
            ("date", FormatDate(credential.Issued)),
            ("provider", credential.Provider),
        };
        if (credential.Description is { } description) fields.Add(("description", description));
        if (credential.CredentialId is { } id) fields.Add(("credentialId", id));
        if (credential.Expires is { } expires) fields.Add(("expiryDate", FormatDate(expires)));
        if (credential.VerificationUrl is { } url) fields.Add(("verificationUrl", url));
        if (credential.Skills.Count > 0) fields.Add(("skills", credential.Skills));
        if (credential.Level is { } level) fields.Add(("level", level));
        if (credential.Logo is { } logo) fields.Add(("logo", logo));

        var text = new StringBuilder("---\n");
        text.Append(FrontMatter(fields));
        text.Append("---\n\n");
        text.Append(body ?? $"# {credential.Title}\n");
        return text.ToString();
    }

    /// <summary>Emits key/value pairs as YAML; values are strings or lists of strings.</summary>
    public static string FrontMatter(IEnumerable<(string Key, object Value)> fields)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, new EmitterSettings().WithNewLine("\n"));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
        foreach (var (key, value) in fields)
        {
            emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, key, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false));
            if (value is not string && value is IEnumerable<string> items)
            {
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow));
                foreach (var item in items) emitter.Emit(Quoted(item));
                emitter.Emit(new SequenceEnd());
            }
            else
            {
                emitter.Emit(Quoted(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
            }
        }
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    public static string FormatDate(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static Scalar Quoted(string value) =>
        new(AnchorName.Empty, TagName.Empty, value, ScalarStyle.DoubleQuoted, isPlainImplicit: false, isQuotedImplicit: true);
}
