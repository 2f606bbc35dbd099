using System.Globalization;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;
using Certfolio.Core.Text;
using Certfolio.Interop.Csv;
using Certfolio.Interop.Importing;
using CsvHelper;
using CsvHelper.Configuration;

namespace Certfolio.Interop.LinkedIn;

/// <summary>
/// Reads LinkedIn's <c>Certifications.csv</c> (and the CSV Certfolio exports, which adds ISO date, skills and
/// level columns after LinkedIn's; the ISO columns win when they are filled).
/// </summary>
public sealed class LinkedInCsvImporter : IImporter
{
    public string Format => "linkedin";

    public string Title => "LinkedIn";

    public string InputTitle => "LinkedIn CSV";

    /// <summary>Not JSON, with a header naming LinkedIn's Name and Authority columns (any file name; <c>Certifications.csv</c> is only what LinkedIn calls it).</summary>
    public bool Recognises(ImportSample sample)
    {
        if (sample.Json is not null) return false;
        var columns = sample.FirstLine.Split(Delimiter(sample.FirstLine)).Select(c => c.Trim().Trim('"').Trim()).ToArray();
        return columns.Contains(CertificationsCsv.Name, StringComparer.Ordinal) && columns.Contains(CertificationsCsv.Authority, StringComparer.Ordinal);
    }

    public IReadOnlyList<ImportReadResult> Read(IReadOnlyList<ImportInput> inputs) => inputs.Select(ReadFile).ToArray();

    private static ImportReadResult ReadFile(ImportInput input)
    {
        var records = new List<ImportedCredential>();
        var diagnostics = new List<Diagnostic>();
        var header = new InputPlace(new SourceLocation(input.Name, 1, 1), "row 1");
        var badData = new List<Diagnostic>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => badData.Add((args.Context.Parser is { } parser ? RowPlace(input, parser) : header).Diagnostic(Descriptors.InvalidCsv,
                $"bad quoting near \"{Shorten(args.RawRecord)}\" (a quote inside an unquoted field must be doubled and the field quoted)")),
            MissingFieldFound = null,
            TrimOptions = TrimOptions.None,
            Delimiter = Delimiter(FirstLine(input.Text.TrimStart('\uFEFF'))),
        };
        var expectedHeader = $"the header {string.Join(",", CertificationsCsv.LinkedInColumns)}";
        var sawRow = false;
        try
        {
            using var reader = new StringReader(input.Text.TrimStart('\uFEFF'));
            using var csv = new CsvReader(reader, configuration);
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } columns)
                return ImportReadResult.Malformed(header.Diagnostic(Descriptors.WrongInputShape, expectedHeader, "an empty file"));
            var missing = CertificationsCsv.LinkedInColumns.Where(c => !columns.Contains(c, StringComparer.Ordinal)).ToArray();
            if (missing.Length > 0)
                return ImportReadResult.Malformed(header.Diagnostic(Descriptors.WrongInputShape, expectedHeader, $"one without {string.Join(", ", missing.Select(m => $"'{m}'"))}"));

            while (csv.Read())
            {
                sawRow = true;
                if (badData.Count > 0) break;
                var place = RowPlace(input, csv.Parser);
                if (records.Count >= ImportLimits.MaxRecords)
                    return ImportReadResult.Malformed(place.Diagnostic(Descriptors.TooManyRecords, ImportLimits.MaxRecords, "rows"));
                if (csv.Parser.Count != columns.Length)
                {
                    var hint = csv.Parser.RawRecord.Contains('"', StringComparison.Ordinal) ? " (an unclosed or stray quote?)" : "";
                    return ImportReadResult.Malformed(place.Diagnostic(Descriptors.InvalidCsv, $"the row has {csv.Parser.Count} field(s), the header {columns.Length}{hint}"));
                }
                if (ReadRow(csv, columns, place, diagnostics) is { } record) records.Add(record);
            }
        }
        catch (CsvHelperException e)
        {
            var place = e.Context?.Parser is { } parser ? RowPlace(input, parser) : header;
            return ImportReadResult.Malformed(place.Diagnostic(Descriptors.InvalidCsv, $"the CSV cannot be read: {FirstLine(e.Message)}"));
        }
        if (badData.Count > 0) return ImportReadResult.Malformed(badData[0]);
        // An export of someone without certifications is the header alone.
        if (!sawRow) return new ImportReadResult([], [header.Diagnostic(Descriptors.NothingToImport, "rows below the header")]);
        return new ImportReadResult(records, diagnostics);
    }

    /// <summary>
    /// The row the parser is on, numbered as a spreadsheet numbers it (the header is row 1), at the line where it
    /// starts: a quoted field may hold line breaks, so a row can span several lines.
    /// </summary>
    private static InputPlace RowPlace(ImportInput input, IParser parser)
    {
        var raw = parser.RawRecord.TrimEnd('\r', '\n');
        var line = Math.Max(1, parser.RawRow - raw.Count(c => c == '\n'));
        return new InputPlace(new SourceLocation(input.Name, line, 1), $"row {parser.Row}");
    }

    private static ImportedCredential? ReadRow(CsvReader csv, string[] header, InputPlace place, List<Diagnostic> diagnostics)
    {
        string? Field(string column)
        {
            if (!header.Contains(column, StringComparer.Ordinal)) return null;
            // Certfolio's own export quotes formula-like cells ('=…'); the quote is not part of the value.
            var value = csv.GetField(column) is { } raw ? CsvInjection.Unescape(raw).Trim() : null;
            return string.IsNullOrEmpty(value) ? null : value;
        }

        var name = Field(CertificationsCsv.Name);
        var authority = Field(CertificationsCsv.Authority);
        if (name is null)
        {
            diagnostics.Add(place.Diagnostic(Descriptors.RecordWithoutTitle, CertificationsCsv.Name));
            return null;
        }
        if (authority is null)
        {
            diagnostics.Add(place.Diagnostic(Descriptors.RecordWithoutProvider, name, CertificationsCsv.Authority));
            return null;
        }

        var issued = DateOf(Field(CertificationsCsv.IssuedIso), Field(CertificationsCsv.StartedOn));
        if (issued is null)
        {
            diagnostics.Add(place.Diagnostic(Descriptors.RecordWithoutIssueDate, name, $"{CertificationsCsv.StartedOn} (a date like 'Oct 2023' or '2018')"));
            return null;
        }
        var expiresText = Field(CertificationsCsv.FinishedOn) ?? Field(CertificationsCsv.ExpiresIso);
        var expires = DateOf(Field(CertificationsCsv.ExpiresIso), Field(CertificationsCsv.FinishedOn));
        if (expiresText is not null && expires is null) diagnostics.Add(place.Diagnostic(Descriptors.ExpiryNotRead, expiresText));

        var url = Field(CertificationsCsv.Url);
        if (url is not null && SchemelessUrl.Complete(url) is { } completed)
        {
            diagnostics.Add(place.Diagnostic(Descriptors.SchemeAdded, url, completed));
            url = completed;
        }
        var skills = Field(CertificationsCsv.Skills) is { } cell
            ? cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToArray()
            : [];
        var (expiry, precision) = CredentialDates.Combine(issued.Value.Precision, expires);
        return new ImportedCredential
        {
            Place = place,
            Title = name,
            Provider = authority,
            Issued = issued.Value.Date,
            Precision = precision,
            Expires = expiry,
            VerificationUrl = url,
            CredentialId = Field(CertificationsCsv.LicenseNumber),
            Skills = skills,
            Level = Field(CertificationsCsv.Level) is { } level ? Levels.Normalise(level) : null,
        };
    }

    /// <summary>Certfolio's ISO column when it holds a date, else LinkedIn's month column; null when neither is readable.</summary>
    private static (DateOnly Date, DatePrecision Precision)? DateOf(string? iso, string? linkedIn)
    {
        if (iso is not null && JsonResume.ResumeDate.Parse(iso) is { } isoDate) return isoDate;
        return linkedIn is null ? null : MonthDate.Parse(linkedIn);
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40].TrimEnd('\r', '\n') + "…" : text.TrimEnd('\r', '\n');

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    /// <summary>
    /// LinkedIn writes ','; a spreadsheet that opened and saved the export in a language whose lists use ';' (German,
    /// French Excel) writes ';'. The header, all plain words, tells which.
    /// </summary>
    private static string Delimiter(string header) => !header.Contains(',', StringComparison.Ordinal) && header.Contains(';', StringComparison.Ordinal) ? ";" : ",";
}
