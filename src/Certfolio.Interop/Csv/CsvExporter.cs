using System.Globalization;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Status;
using Certfolio.Interop.Exporting;
using Certfolio.Interop.Importing;
using Certfolio.Interop.JsonResume;
using Certfolio.Interop.LinkedIn;
using CsvHelper;

namespace Certfolio.Interop.Csv;

/// <summary>
/// Writes LinkedIn's <c>Certifications.csv</c> columns with its month dates, so the file can sit beside a
/// LinkedIn profile, then Certfolio's own columns: ISO issue and expiry dates, skills, level and the status on
/// the day given. The LinkedIn importer reads this file back, preferring the ISO columns.
/// </summary>
public sealed class CsvExporter : IExporter
{
    public const string DefaultFileName = "certifications.csv";

    public string Format => "csv";

    public string Title => "CSV";

    public bool IsOwnOutput(string existing, string replacement) => CertfolioOutputs.IsCsvExport(existing);

    public ExportResult Export(Portfolio portfolio, ExportOptions options)
    {
        var losses = new LossReport("CSV", portfolio.Credentials.Count);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        // A title such as '=HYPERLINK(…)' must open as text, not run as a formula (CsvInjection).
        using (var csv = CsvInjection.Writer(text))
        {
            foreach (var column in CertificationsCsv.LinkedInColumns.Concat(CertificationsCsv.ExtraColumns)) csv.WriteField(column);
            csv.NextRecord();
            foreach (var credential in portfolio.Credentials)
            {
                WriteRow(csv, credential, options.Today, portfolio.Config.ExpiringDays);
                if (credential.Description is not null) losses.Lost("description", credential);
                if (credential.Logo is not null) losses.Lost("logo", credential);
                if (CourseUrl.Of(credential) is not null) losses.Lost(CourseUrl.Key, credential);
            }
        }
        return new ExportResult([new ExportFile(DefaultFileName, text.ToString())], losses.Diagnostics);
    }

    private static void WriteRow(CsvWriter csv, Credential credential, DateOnly today, int expiringDays)
    {
        var precision = CredentialDates.PrecisionOf(credential);
        var linkedInPrecision = precision == DatePrecision.Year ? DatePrecision.Year : DatePrecision.Month;
        csv.WriteField(credential.Title);
        csv.WriteField(credential.VerificationUrl ?? "");
        csv.WriteField(credential.Provider);
        csv.WriteField(MonthDate.Format(credential.Issued, linkedInPrecision));
        csv.WriteField(credential.Expires is { } e ? MonthDate.Format(e, linkedInPrecision) : "");
        csv.WriteField(credential.CredentialId ?? "");
        csv.WriteField(ResumeDate.Format(credential.Issued, precision));
        csv.WriteField(credential.Expires is { } expires ? ResumeDate.Format(expires, precision) : "");
        csv.WriteField(string.Join(CertificationsCsv.SkillSeparator, credential.Skills));
        csv.WriteField(credential.Level ?? "");
        csv.WriteField(StatusCalculator.Compute(credential.ValidThrough, today, expiringDays).ToSlug());
        csv.NextRecord();
    }
}
