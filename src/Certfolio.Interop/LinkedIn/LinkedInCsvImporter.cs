using System.Globalization;
using Certfolio.Core.Model;
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

    public IReadOnlyList<ImportReadResult> Read(IReadOnlyList<ImportInput> inputs) => inputs.Select(ReadFile).ToArray();

    private static ImportReadResult ReadFile(ImportInput input)
    {
        var records = new List<ImportedCredential>();
        var messages = new List<ImportMessage>();
        var badData = new List<(int? Row, string Raw)>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = args => badData.Add((args.Context.Parser?.Row, args.RawRecord)),
            MissingFieldFound = null,
            TrimOptions = TrimOptions.None,
        };
        try
        {
            using var reader = new StringReader(input.Text.TrimStart('\uFEFF'));
            using var csv = new CsvReader(reader, configuration);
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
                return ImportReadResult.Malformed(ImportMessage.Error($"{input.Name} row 1", "the file is empty; expected the header " + string.Join(",", CertificationsCsv.LinkedInColumns)));
            var missing = CertificationsCsv.LinkedInColumns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToArray();
            if (missing.Length > 0)
                return ImportReadResult.Malformed(ImportMessage.Error($"{input.Name} row 1",
                    $"wrong columns: missing {string.Join(", ", missing.Select(m => $"'{m}'"))}; LinkedIn's header is {string.Join(",", CertificationsCsv.LinkedInColumns)}"));

            while (csv.Read())
            {
                if (badData.Count > 0) break;
                var row = csv.Parser.Row;
                if (records.Count >= ImportLimits.MaxRecords)
                    return ImportReadResult.Malformed(ImportMessage.Error($"{input.Name} row {row}", $"more than {ImportLimits.MaxRecords:N0} rows"));
                if (csv.Parser.Count != header.Length)
                {
                    var hint = csv.Parser.RawRecord.Contains('"', StringComparison.Ordinal) ? " (an unclosed or stray quote?)" : "";
                    return ImportReadResult.Malformed(ImportMessage.Error($"{input.Name} row {row}", $"the row has {csv.Parser.Count} field(s), the header {header.Length}{hint}"));
                }
                var record = ReadRow(csv, header, $"{input.Name} row {row}", messages);
                if (record is not null) records.Add(record);
            }
        }
        catch (CsvHelperException e)
        {
            var row = e.Context?.Parser?.Row;
            return ImportReadResult.Malformed(ImportMessage.Error($"{input.Name} row {row}", $"the CSV cannot be read: {FirstLine(e.Message)}"));
        }
        if (badData.Count > 0)
            return ImportReadResult.Malformed(ImportMessage.Error($"{input.Name} row {badData[0].Row}", $"bad quoting near \"{Shorten(badData[0].Raw)}\" (a quote inside an unquoted field must be doubled and the field quoted)"));
        return new ImportReadResult(records, messages);
    }

    private static ImportedCredential? ReadRow(CsvReader csv, string[] header, string where, List<ImportMessage> messages)
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
            messages.Add(ImportMessage.Error(where, "Name is empty; the row is skipped"));
            return null;
        }
        if (authority is null)
        {
            messages.Add(ImportMessage.Error(where, $"Authority is empty for '{name}'; a credential needs a provider, so the row is skipped"));
            return null;
        }

        var issued = DateOf(Field(CertificationsCsv.IssuedIso), Field(CertificationsCsv.StartedOn), CertificationsCsv.StartedOn, where, messages);
        if (issued is null)
        {
            messages.Add(ImportMessage.Error(where, $"'{name}' has no date (Started On is empty or unreadable); the row is skipped"));
            return null;
        }
        var expires = DateOf(Field(CertificationsCsv.ExpiresIso), Field(CertificationsCsv.FinishedOn), CertificationsCsv.FinishedOn, where, messages);

        var skills = Field(CertificationsCsv.Skills) is { } cell
            ? cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToArray()
            : [];
        return new ImportedCredential
        {
            Source = where,
            Title = name,
            Provider = authority,
            Issued = issued.Value.Date,
            Precision = Coarser(issued.Value.Precision, expires?.Precision),
            Expires = expires?.Date,
            VerificationUrl = Field(CertificationsCsv.Url),
            CredentialId = Field(CertificationsCsv.LicenseNumber),
            Skills = skills,
            Level = Field(CertificationsCsv.Level) is { } level ? Levels.Normalise(level) : null,
        };
    }

    private static (DateOnly Date, DatePrecision Precision)? DateOf(string? iso, string? linkedIn, string column, string where, List<ImportMessage> messages)
    {
        if (iso is not null && JsonResume.ResumeDate.Parse(iso) is { } isoDate) return isoDate;
        if (linkedIn is null) return null;
        var parsed = MonthDate.Parse(linkedIn);
        if (parsed is null) messages.Add(ImportMessage.Warning(where, $"{column} '{linkedIn}' is not a date like 'Oct 2023' or '2018'"));
        return parsed;
    }

    private static DatePrecision Coarser(DatePrecision a, DatePrecision? b) => b is { } other && other > a ? other : a;

    private static string Shorten(string text) => text.Length > 40 ? text[..40].TrimEnd('\r', '\n') + "…" : text.TrimEnd('\r', '\n');

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
