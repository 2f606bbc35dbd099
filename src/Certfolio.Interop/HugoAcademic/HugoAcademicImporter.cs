using Certfolio.Core.Binding;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;
using Certfolio.Core.Text;
using Certfolio.Interop.Importing;
using Certfolio.Interop.Json;
using Certfolio.Interop.LinkedIn;

namespace Certfolio.Interop.HugoAcademic;

/// <summary>
/// Reads the accomplishments of Hugo Academic / Wowchemy / HugoBlox: the widget page (<c>content/home/accomplishments.md</c>,
/// <c>item</c> or <c>items</c>) or the HugoBlox landing page's <c>block: accomplishments</c> (<see cref="AccomplishmentItems"/>),
/// TOML or YAML front matter with entries (<c>title</c>, <c>organization</c>, <c>certificate_url</c>,
/// <c>url</c>, <c>date_start</c>, <c>date_end</c>, <c>description</c>). Read with Core's document parser.
/// </summary>
public sealed partial class HugoAcademicImporter : IImporter
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

    public string Title => "Hugo Academic";

    public string InputTitle => "Hugo Academic page";

    /// <summary>A page with YAML or TOML front matter holding accomplishments (<see cref="AccomplishmentItems"/>).</summary>
    public bool Recognises(ImportSample sample)
    {
        if (sample.Json is not null || !(sample.Text.StartsWith("---", StringComparison.Ordinal) || sample.Text.StartsWith("+++", StringComparison.Ordinal))) return false;
        var document = DocumentParser.Parse(sample.Input.Name, sample.Input.Name, WithoutByteOrderMark(sample.Input.Text), Limits, new DiagnosticBag());
        // A page whose front matter does not parse is still this format when it says it is an accomplishments widget or
        // block: the import then reports the parser's error at its line, not "no format recognised".
        return document.FrontMatter is { } frontMatter ? AccomplishmentItems.In(frontMatter).Count > 0 : SaysAccomplishments().IsMatch(sample.Text);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*-?\s*(widget|block)\s*[:=]\s*[""']?accomplishments[""']?\s*(#.*)?$", System.Text.RegularExpressions.RegexOptions.Multiline)]
    private static partial System.Text.RegularExpressions.Regex SaysAccomplishments();

    public IReadOnlyList<ImportReadResult> Read(IReadOnlyList<ImportInput> inputs) => inputs.Select(ReadFile).ToArray();

    private static ImportReadResult ReadFile(ImportInput input)
    {
        var parsing = new DiagnosticBag();
        // A page saved by a Windows editor starts with a byte order mark; Hugo reads it all the same.
        input = input with { Text = WithoutByteOrderMark(input.Text) };
        var document = DocumentParser.Parse(input.Name, input.Name, input.Text, Limits, parsing);
        // A duplicate key (two 'organization:' lines in one item, a real slip) spoils only the item it is in.
        var duplicates = parsing.Items.Where(d => d.Descriptor == Descriptors.DuplicateKey).ToList();
        if (document.FrontMatter is not { } frontMatter || parsing.Items.Any(d => d.Severity == Severity.Error && d.Descriptor != Descriptors.DuplicateKey))
        {
            // The parser's own diagnostic (CF0006 no front matter, CF0008 invalid YAML, …) says best what is wrong.
            return ImportReadResult.Malformed(parsing.Items.FirstOrDefault(d => d.Severity == Severity.Error)
                ?? Diagnostic.Create(Descriptors.MissingFrontMatter, SourceLocation.FileStart(input.Name)));
        }
        var lists = AccomplishmentItems.In(frontMatter);
        if (lists.Count == 0)
            return new ImportReadResult([], [
                new InputPlace(SourceLocation.FileStart(input.Name), "item").Diagnostic(Descriptors.NothingToImport,
                    "accomplishments ('item' or 'items' of the widget page, or a 'block: accomplishments' section of the landing page)"),
            ]);

        var records = new List<ImportedCredential>();
        var diagnostics = new List<Diagnostic>();
        var extent = new ItemExtent(input.Text, document.Format == FrontMatterFormat.Toml);
        foreach (var (path, list) in lists)
        {
            // 'item:' left with nothing under it is an empty list, as 'item: []' is.
            if (list is FrontMatterScalar { IsNull: true }) continue;
            if (list is not FrontMatterSequence items)
                return ImportReadResult.Malformed(At(input, list, path).Diagnostic(Descriptors.WrongInputShape, "a list of accomplishments", list.Describe()));
            for (var i = 0; i < items.Items.Count; i++)
            {
                var place = At(input, items.Items[i], $"{path}[{i}]");
                if (items.Items[i] is not FrontMatterMapping item)
                {
                    diagnostics.Add(place.Diagnostic(Descriptors.RecordOfWrongKind, "a table of keys", items.Items[i].Describe()));
                    continue;
                }
                var inItem = duplicates.Where(d => extent.Contains(item, d.Location.Line)).ToArray();
                if (inItem.Length > 0)
                {
                    foreach (var duplicate in inItem)
                    {
                        diagnostics.Add(new InputPlace(duplicate.Location, place.Path).Diagnostic(Descriptors.RecordWithDuplicateKey, duplicate.Message));
                        duplicates.Remove(duplicate);
                    }
                    continue;
                }
                if (ReadItem(input, item, place, diagnostics) is { } record) records.Add(record);
            }
        }
        // A duplicate outside every item (in the widget's own keys) is the parser's error, as check would report it.
        diagnostics.AddRange(duplicates);
        if (lists.All(l => l.List is FrontMatterScalar { IsNull: true } or FrontMatterSequence { Items.Count: 0 }))
            diagnostics.Add(At(input, lists[0].List, lists[0].Path).Diagnostic(Descriptors.NothingToImport, "accomplishments (the list is empty)"));
        return new ImportReadResult(records, diagnostics);
    }

    private static ImportedCredential? ReadItem(ImportInput input, FrontMatterMapping item, InputPlace place, List<Diagnostic> diagnostics)
    {
        // A key's place: at its value when the item has it, else at the item.
        InputPlace KeyPlace(string key) => At(input, item.Find(key)?.Value ?? item, $"{place.Path}.{key}");

        string? Text(string key)
        {
            if (item.Find(key)?.Value is not FrontMatterScalar { IsNull: false } scalar) return null;
            var value = Mojibake.Repair(scalar.Value.Trim());
            if (value != scalar.Value.Trim()) diagnostics.Add(KeyPlace(key).Diagnostic(Descriptors.TextRepaired, scalar.Value.Trim(), value));
            return value.Length == 0 ? null : value;
        }

        if (Text("title") is not { } title)
        {
            diagnostics.Add(KeyPlace("title").Diagnostic(Descriptors.RecordWithoutTitle, "title"));
            return null;
        }
        if (Text("organization") is not { } organization)
        {
            diagnostics.Add(KeyPlace("organization").Diagnostic(Descriptors.RecordWithoutProvider, title, "organization"));
            return null;
        }
        // Real pages give a day, a month ("2019-09") or only a year ("2020"): each is kept at its precision.
        if (Text("date_start") is not { } start || MonthDate.Parse(start) is not { } issued)
        {
            diagnostics.Add(KeyPlace("date_start").Diagnostic(Descriptors.RecordWithoutIssueDate, title, "date_start"));
            return null;
        }
        (DateOnly Date, DatePrecision Precision)? end = null;
        if (Text("date_end") is { } endText)
        {
            end = MonthDate.Parse(endText);
            if (end is null) diagnostics.Add(KeyPlace("date_end").Diagnostic(Descriptors.ExpiryNotRead, endText));
        }
        var (expires, precision) = CredentialDates.Combine(issued.Precision, end);
        var certificate = Text("certificate_url");
        var course = Text("url");
        var extra = new List<KeyValuePair<string, string>>();
        if (JsonInput.IsHttpUrl(course) && course != certificate) extra.Add(new(CourseUrlKey, course!));
        return new ImportedCredential
        {
            Place = place,
            Title = title,
            Provider = organization,
            Issued = issued.Date,
            Precision = precision,
            Expires = expires,
            Description = Text("description"),
            VerificationUrl = JsonInput.IsHttpUrl(certificate) ? certificate : null,
            Extra = extra,
        };
    }

    private static string WithoutByteOrderMark(string text) => text.StartsWith('\uFEFF') ? text[1..] : text;

    private static InputPlace At(ImportInput input, FrontMatterNode node, string path) => new(SourceLocation.At(input.Name, node.Start), path);
}
