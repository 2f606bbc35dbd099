using Certfolio.Core.Diagnostics;
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

    [Fact]
    public void Skips_rows_without_a_date_or_a_name_and_names_their_row()
    {
        var result = Read("linkedin/Certifications.csv");

        Assert.Equal(4, result.Records.Count);
        Assert.Contains(result.Messages, m => m.Severity == Severity.Error && m.Where == "Certifications.csv row 6" && m.Message.Contains("no date", StringComparison.Ordinal));
        Assert.Contains(result.Messages, m => m.Severity == Severity.Error && m.Where == "Certifications.csv row 7" && m.Message.Contains("Name is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_a_file_with_bad_quoting_as_a_whole()
    {
        var result = Read("linkedin/bad-quoting.csv");

        Assert.True(result.IsMalformed);
        Assert.Empty(result.Records);
        Assert.Contains("row", Assert.Single(result.Messages).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_stray_quote_and_names_its_row()
    {
        var csv = "Name,Url,Authority,Started On,Finished On,License Number\nFine,,Org,Oct 2023,,\nStray \"quote\" here,,Org,Oct 2023,,\n";

        var result = Assert.Single(new LinkedInCsvImporter().Read([new ImportInput("Certifications.csv", csv)]));

        Assert.True(result.IsMalformed);
        Assert.Empty(result.Records);
        var message = Assert.Single(result.Messages);
        Assert.Equal("Certifications.csv row 3", message.Where);
        Assert.Contains("bad quoting", message.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_file_with_the_wrong_columns_and_names_the_missing_ones()
    {
        var result = Read("linkedin/wrong-columns.csv");

        Assert.True(result.IsMalformed);
        var message = Assert.Single(result.Messages);
        Assert.Equal("wrong-columns.csv row 1", message.Where);
        Assert.Contains("'Started On'", message.Message, StringComparison.Ordinal);
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
}
