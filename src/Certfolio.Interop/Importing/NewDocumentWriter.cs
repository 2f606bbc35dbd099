using System.Text;
using Certfolio.Core.Binding;
using Certfolio.Core.Model;

namespace Certfolio.Interop.Importing;

/// <summary>
/// Writes an imported credential as a new Markdown document in the reference format: YAML front matter
/// with double-quoted values and <c>dd.MM.yyyy</c> dates, keys named as the portfolio's <c>fields:</c> map says.
/// </summary>
public static class NewDocumentWriter
{
    public static string Write(ImportedCredential record, FieldMap fields)
    {
        var text = new StringBuilder("---\n");
        void Line(string canonical, string value) => text.Append(fields.NameOf(canonical)).Append(": ").Append(value).Append('\n');

        Line("title", YamlText.Quote(record.Title));
        Line("date", YamlText.Quote(YamlText.Date(record.Issued)));
        Line("provider", YamlText.Quote(record.Provider));
        if (record.Description is { } description) Line("description", YamlText.Quote(description));
        if (record.CredentialId is { } id) Line("credentialId", YamlText.Quote(id));
        if (record.Expires is { } expires) Line("expiryDate", YamlText.Quote(YamlText.Date(expires)));
        if (record.VerificationUrl is { } url) Line("verificationUrl", YamlText.Quote(url));
        if (record.Skills.Count > 0) Line("skills", YamlText.FlowList(record.Skills));
        if (record.Level is { } level) Line("level", YamlText.Quote(level));
        if (record.Logo is { } logo) Line("logo", YamlText.Quote(logo));
        if (record.Precision != DatePrecision.Day)
            text.Append(DatePeriod.Key).Append(": ").Append(DatePeriod.Name(record.Precision)).Append('\n');
        foreach (var (key, value) in record.Extra) text.Append(key).Append(": ").Append(YamlText.Quote(value)).Append('\n');
        text.Append("---\n\n");
        // The body is Markdown; a heading keeps the page readable on its own, the description is already in front matter.
        text.Append("# ").Append(EscapeMarkdownLine(record.Title)).Append('\n');
        return text.ToString();
    }

    private static string EscapeMarkdownLine(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '!' or '|') builder.Append('\\');
            builder.Append(c is '\n' or '\r' ? ' ' : c);
        }
        return builder.ToString();
    }
}
