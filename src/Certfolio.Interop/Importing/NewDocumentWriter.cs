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
        var lines = new FrontMatterLines(fields);
        lines.Add("title", YamlText.Quote(record.Title));
        lines.Add("date", YamlText.Quote(YamlText.Date(record.Issued)));
        lines.Add("provider", YamlText.Quote(record.Provider));
        lines.AddQuoted("description", record.Description);
        lines.AddQuoted("credentialId", record.CredentialId);
        if (record.Expires is { } expires) lines.Add("expiryDate", YamlText.Quote(YamlText.Date(expires)));
        lines.AddQuoted("verificationUrl", record.VerificationUrl);
        if (record.Skills.Count > 0) lines.Add("skills", YamlText.FlowList(record.Skills));
        lines.AddQuoted("level", record.Level);
        lines.AddQuoted("logo", record.Logo);
        if (record.Precision != DatePrecision.Day) lines.AddKey(DatePeriod.Key, DatePeriod.Name(record.Precision));
        foreach (var (key, value) in record.Extra) lines.AddKey(key, YamlText.Quote(value));
        return lines.Document();
    }

    /// <summary>
    /// The document a draft of <c>certfolio new</c> would be, in the same layout: an answer not given is left out, and a
    /// date is written as <c>dd.MM.yyyy</c> when check reads it as one, else as typed, so check says in its own words why not.
    /// </summary>
    public static string Write(NewDocumentDraft draft, FieldMap fields)
    {
        static string? Date(string? typed) => typed is null ? null : DateValue.TryParse(typed) is { } date ? YamlText.Date(date) : typed;

        var lines = new FrontMatterLines(fields);
        lines.AddQuoted("title", draft.Title);
        lines.AddQuoted("date", Date(draft.Date));
        lines.AddQuoted("provider", draft.Provider);
        lines.AddQuoted("description", draft.Description);
        lines.AddQuoted("credentialId", draft.CredentialId);
        lines.AddQuoted("expiryDate", Date(draft.Expiry));
        lines.AddQuoted("verificationUrl", draft.VerificationUrl);
        if (draft.SkillList.Count > 0) lines.Add("skills", YamlText.FlowList(draft.SkillList));
        lines.AddQuoted("level", draft.Level is { } level ? Levels.Normalise(level) : null);
        lines.AddQuoted("logo", draft.Logo);
        return lines.Document();
    }

    /// <summary>The front matter being written, one line per key, in the order both writers share.</summary>
    private sealed class FrontMatterLines(FieldMap fields)
    {
        private readonly StringBuilder _text = new("---\n");

        public void Add(string canonical, string value) => AddKey(fields.NameOf(canonical), value);

        public void AddQuoted(string canonical, string? value)
        {
            if (value is not null) Add(canonical, YamlText.Quote(value));
        }

        public void AddKey(string key, string value) => _text.Append(key).Append(": ").Append(value).Append('\n');

        /// <summary>
        /// The front matter and an empty body: no "# Title" heading, which the page would show under its own h1 and
        /// which would stay behind when the title is renamed.
        /// </summary>
        public string Document() => _text.Append("---\n").ToString();
    }
}
