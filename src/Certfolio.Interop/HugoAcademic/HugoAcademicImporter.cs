using System.Globalization;
using Certfolio.Core.Binding;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Interop.Importing;
using Certfolio.Interop.Json;

namespace Certfolio.Interop.HugoAcademic;

/// <summary>
/// Reads the accomplishments widget of Hugo Academic / Wowchemy / HugoBlox (<c>content/home/accomplishments.md</c>):
/// TOML or YAML front matter with <c>item</c> entries (<c>title</c>, <c>organization</c>, <c>certificate_url</c>,
/// <c>url</c>, <c>date_start</c>, <c>date_end</c>, <c>description</c>). Read with Core's document parser.
/// </summary>
public sealed class HugoAcademicImporter : IImporter
{
    /// <summary>The extra front matter key that keeps an item's <c>url</c>, a course page rather than the credential.</summary>
    public const string CourseUrlKey = "courseUrl";

    private static readonly DocumentLimits Limits = DocumentLimits.Default with
    {
        MaxDocumentBytes = ImportLimits.MaxFileBytes,
        MaxFrontMatterBytes = (int)ImportLimits.MaxFileBytes,
        MaxNodes = ImportLimits.MaxRecords * 16,
    };

    public string Format => "hugo-academic";

    public IReadOnlyList<ImportReadResult> Read(IReadOnlyList<ImportInput> inputs) => inputs.Select(ReadFile).ToArray();

    private static ImportReadResult ReadFile(ImportInput input)
    {
        var diagnostics = new DiagnosticBag();
        var document = DocumentParser.Parse(input.Name, input.Name, input.Text, Limits, diagnostics);
        if (document.FrontMatter is not { } frontMatter || diagnostics.HasErrors)
        {
            var first = diagnostics.Items.FirstOrDefault(d => d.Severity == Severity.Error);
            return ImportReadResult.Malformed(first is null
                ? ImportMessage.Error(input.Name, "the file has no front matter")
                : ImportMessage.Error($"{input.Name}:{first.Location.Line}:{first.Location.Column}", first.Message));
        }
        if (frontMatter.Find("item") is not { } itemEntry)
            return new ImportReadResult([], [ImportMessage.Warning(input.Name, "the page has no 'item' entries (is it the accomplishments widget?)")]);
        if (itemEntry.Value is not FrontMatterSequence items)
            return ImportReadResult.Malformed(ImportMessage.Error(At(input, itemEntry.Value), $"'item' must be a list of accomplishments, not {itemEntry.Value.Describe()}"));

        var records = new List<ImportedCredential>();
        var messages = new List<ImportMessage>();
        for (var i = 0; i < items.Items.Count; i++)
        {
            var where = $"{At(input, items.Items[i])} item[{i}]";
            if (items.Items[i] is not FrontMatterMapping item)
            {
                messages.Add(ImportMessage.Error(where, "an item must be a table of keys; skipped"));
                continue;
            }
            if (ReadItem(item, where, messages) is { } record) records.Add(record);
        }
        return new ImportReadResult(records, messages);
    }

    private static ImportedCredential? ReadItem(FrontMatterMapping item, string where, List<ImportMessage> messages)
    {
        string? Text(string key)
        {
            if (item.Find(key)?.Value is not FrontMatterScalar { IsNull: false } scalar) return null;
            var value = Mojibake.Repair(scalar.Value.Trim());
            if (value != scalar.Value.Trim()) messages.Add(ImportMessage.Warning($"{where}.{key}", $"repaired mis-encoded text: '{scalar.Value.Trim()}' -> '{value}'"));
            return value.Length == 0 ? null : value;
        }

        if (Text("title") is not { } title)
        {
            messages.Add(ImportMessage.Error($"{where}.title", "missing; skipped"));
            return null;
        }
        if (Text("organization") is not { } organization)
        {
            messages.Add(ImportMessage.Error($"{where}.organization", $"'{title}' has no organization; skipped"));
            return null;
        }
        if (Text("date_start") is not { } start || DateValue.TryParse(start) is not { } issued)
        {
            messages.Add(ImportMessage.Error($"{where}.date_start", $"'{title}' has no readable date_start; skipped"));
            return null;
        }
        DateOnly? expires = null;
        if (Text("date_end") is { } end)
        {
            expires = DateValue.TryParse(end);
            if (expires is null) messages.Add(ImportMessage.Warning($"{where}.date_end", $"'{end}' is not a date; imported without an expiry"));
        }
        var certificate = Text("certificate_url");
        var course = Text("url");
        var extra = new List<KeyValuePair<string, string>>();
        if (JsonInput.IsHttpUrl(course) && course != certificate) extra.Add(new(CourseUrlKey, course!));
        return new ImportedCredential
        {
            Source = where,
            Title = title,
            Provider = organization,
            Issued = issued,
            Expires = expires,
            Description = Text("description"),
            VerificationUrl = JsonInput.IsHttpUrl(certificate) ? certificate : null,
            Extra = extra,
        };
    }

    private static string At(ImportInput input, FrontMatterNode node) =>
        string.Create(CultureInfo.InvariantCulture, $"{input.Name}:{node.Start.Line}:{node.Start.Column}");
}
