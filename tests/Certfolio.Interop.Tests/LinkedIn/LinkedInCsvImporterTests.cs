using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;
using Certfolio.Interop.Importing;
using Certfolio.Interop.LinkedIn;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.LinkedIn;

public sealed class LinkedInCsvImporterTests
{
    private static ImportReadResult Read(string fixture) => Assert.Single(new LinkedInCsvImporter().Read([TestData.Input(fixture)]));

    [Fact]
    public void Keeps_month_dates_as_the_first_of_the_month_with_month_precision()
    {
        var result = Read("linkedin/Certifications.csv");

        var aws = result.Records.Single(r => r.Title.StartsWith("AWS", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2024, 8, 1), aws.Issued);
        Assert.Equal(new DateOnly(2027, 8, 1), aws.Expires);
        Assert.Equal(DatePrecision.Month, aws.Precision);
        Assert.Equal("Amazon Web Services", aws.Provider);
        Assert.Equal("DOP-C02-789456", aws.CredentialId);
        Assert.Equal("https://www.credly.com/badges/example", aws.VerificationUrl);
    }

    [Fact]
    public void Reads_a_year_alone_as_year_precision_and_empty_fields_as_absent()
    {
        var result = Read("linkedin/Certifications.csv");

        var scrum = result.Records.Single(r => r.Title.StartsWith("Scrum", StringComparison.Ordinal));
        Assert.Equal("Scrum Master, Professional (PSM I)", scrum.Title);
        Assert.Equal(new DateOnly(2018, 1, 1), scrum.Issued);
        Assert.Equal(DatePrecision.Year, scrum.Precision);
        Assert.Null(scrum.Expires);
        Assert.Null(scrum.CredentialId);
        var cka = result.Records.Single(r => r.Title.StartsWith("Certified Kubernetes", StringComparison.Ordinal));
        Assert.Null(cka.VerificationUrl);
    }

    [Theory]
    [InlineData("2018", "Mar 2019", 2018, 1, 1, 2019, 3, 31)]
    [InlineData("Mar 2018", "2019", 2018, 3, 1, 2019, 12, 31)]
    public void Dates_of_two_precisions_keep_the_validity_the_row_gives(string started, string finished, int iy, int im, int id, int ey, int em, int ed)
    {
        // LinkedIn leaves the month out when it was not picked: one date may be a year and the other a month. A year's
        // precision for both made "Mar 2019" valid to December, and 'status' called an expired credential active.
        var csv = $"Name,Url,Authority,Started On,Finished On,License Number\nMixed,,Acme,{started},{finished},\n";

        var record = Assert.Single(Assert.Single(new LinkedInCsvImporter().Read([new ImportInput("Certifications.csv", csv)])).Records);

        Assert.Equal((new DateOnly(iy, im, id), new DateOnly(ey, em, ed), DatePrecision.Day), (record.Issued, record.Expires, record.Precision));
    }

    [Fact]
    public void Reads_an_export_a_spreadsheet_saved_with_semicolons()
    {
        // Given Certifications.csv opened and saved by a spreadsheet in a language whose lists use ';' (German Excel,
        // "CSV UTF-8"): a BOM, semicolons, a field quoted for its ';'
        var csv = "\uFEFFName;Url;Authority;Started On;Finished On;License Number\r\n\"Scrum; Master\";;Scrum.org;Jan 2020;;\r\nCKA;https://www.credly.com/badges/x;The Linux Foundation;Oct 2023;Oct 2025;LF-1\r\n";
        var input = new ImportInput("Certifications.csv", csv);

        // When it is recognised and read
        var recognised = ImportFormatDetection.Recognise(Formats.Importers, input);
        var result = Assert.Single(new LinkedInCsvImporter().Read([input]));

        // Then both rows are there, as from LinkedIn's own file
        Assert.Equal("linkedin", recognised?.Format);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["Scrum; Master", "CKA"], result.Records.Select(r => r.Title));
        Assert.Equal(("The Linux Foundation", "LF-1", new DateOnly(2025, 10, 1)), (result.Records[1].Provider, result.Records[1].CredentialId, result.Records[1].Expires));
    }

    [Fact]
    public void Skips_rows_without_a_date_or_a_name_and_names_their_row()
    {
        var result = Read("linkedin/Certifications.csv");

        Assert.Equal(4, result.Records.Count);
        var noDate = Assert.Single(result.Diagnostics, d => d.Is(Descriptors.RecordWithoutIssueDate, "row 6"));
        Assert.Equal(new SourceLocation("Certifications.csv", 6, 1), noDate.Location);
        Assert.Contains(result.Diagnostics, d => d.Is(Descriptors.RecordWithoutTitle, "row 7"));
    }

    [Fact]
    public void Refuses_a_file_with_bad_quoting_as_a_whole()
    {
        var result = Read("linkedin/bad-quoting.csv");

        Assert.True(result.IsMalformed);
        Assert.Empty(result.Records);
        Assert.Equal(Descriptors.InvalidCsv, Assert.Single(result.Diagnostics).Descriptor);
    }

    [Fact]
    public void Refuses_a_stray_quote_and_names_its_row()
    {
        var csv = "Name,Url,Authority,Started On,Finished On,License Number\nFine,,Org,Oct 2023,,\nStray \"quote\" here,,Org,Oct 2023,,\n";

        var result = Assert.Single(new LinkedInCsvImporter().Read([new ImportInput("Certifications.csv", csv)]));

        Assert.True(result.IsMalformed);
        Assert.Empty(result.Records);
        var problem = Assert.Single(result.Diagnostics);
        Assert.True(problem.Is(Descriptors.InvalidCsv, "row 3"), problem.ToString());
        Assert.Equal(new SourceLocation("Certifications.csv", 3, 1), problem.Location);
    }

    [Fact]
    public void Refuses_a_file_with_the_wrong_columns_and_names_the_missing_ones()
    {
        var result = Read("linkedin/wrong-columns.csv");

        Assert.True(result.IsMalformed);
        var problem = Assert.Single(result.Diagnostics);
        Assert.True(problem.Is(Descriptors.WrongInputShape, "row 1"), problem.ToString());
        Assert.Equal(SourceLocation.FileStart("wrong-columns.csv"), problem.Location);
        Assert.Contains("'Started On'", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Oct 2023", 2023, 10, DatePrecision.Month)]
    [InlineData("October 2023", 2023, 10, DatePrecision.Month)]
    [InlineData("2018", 2018, 1, DatePrecision.Year)]
    [InlineData("2024-08-15", 2024, 8, DatePrecision.Day)]
    public void Parses_the_date_forms_LinkedIn_writes(string text, int year, int month, DatePrecision precision)
    {
        var parsed = MonthDate.Parse(text);

        Assert.NotNull(parsed);
        Assert.Equal(year, parsed.Value.Date.Year);
        Assert.Equal(month, parsed.Value.Date.Month);
        Assert.Equal(precision, parsed.Value.Precision);
    }

    [Theory]
    [InlineData("credly.com/badges/3f1c2a9e-5b7d-4e2a-9c1f-8d6e4b2a1c0f", "https://credly.com/badges/3f1c2a9e-5b7d-4e2a-9c1f-8d6e4b2a1c0f")]
    [InlineData("www.coursera.org/account/accomplishments/verify/ABC123", "https://www.coursera.org/account/accomplishments/verify/ABC123")]
    public void A_url_without_a_scheme_gets_https_and_the_report_says_so(string written, string expected)
    {
        var csv = $"Name,Url,Authority,Started On,Finished On,License Number\nMachine Learning,{written},Coursera,Mar 2020,,\n";

        var result = Assert.Single(new LinkedInCsvImporter().Read([new ImportInput("Certifications.csv", csv)]));

        Assert.Equal(expected, Assert.Single(result.Records).VerificationUrl);
        var note = Assert.Single(result.Diagnostics);
        Assert.True(note.Is(Descriptors.SchemeAdded, "row 2"), note.ToString());
        Assert.Equal(Severity.Warning, note.Severity);
        Assert.Contains(expected, note.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a link")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/badges/relative")]
    public void Text_that_is_no_address_is_not_turned_into_one(string written)
    {
        var csv = $"Name,Url,Authority,Started On,Finished On,License Number\nMachine Learning,{written},Coursera,Mar 2020,,\n";

        var result = Assert.Single(new LinkedInCsvImporter().Read([new ImportInput("Certifications.csv", csv)]));

        Assert.Equal(written, Assert.Single(result.Records).VerificationUrl);
        Assert.DoesNotContain(result.Diagnostics, d => d.Descriptor == Descriptors.SchemeAdded);
    }
}
