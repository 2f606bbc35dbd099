using Certfolio.Interop.Importing;
using Certfolio.Interop.LinkedIn;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.Importing;

/// <summary><c>--force</c> keeps <c>datePrecision</c> true of every date the document holds.</summary>
public sealed class PrecisionOnReimportTests
{
    private const string Header = "Name,Url,Authority,Started On,Finished On,License Number\n";
    private static readonly ImportOptions Force = new() { Force = true };

    [Fact]
    public void A_month_expiry_added_to_a_document_whose_date_has_a_day_does_not_make_that_day_a_month()
    {
        // Given a document with an issue date to the day and no expiry
        using var folder = new TempPortfolio().With("certifications/widget.md",
            "---\ntitle: \"Widget Expert\"\ndate: \"15.06.2021\"\nprovider: \"Widget Guild\"\ncredentialId: \"W-1\"\n---\nBody.\n");

        // When LinkedIn's row (Jun 2021 to Jun 2024) is imported with --force
        var report = new ImportService().Run(folder.Root, new LinkedInCsvImporter(),
            [new ImportInput("Certifications.csv", Header + "Widget Expert,,Widget Guild,Jun 2021,Jun 2024,W-1\n")], Force);

        // Then the expiry is written as the last day of June (valid to the end of the month), the issue day stays a day
        Assert.Equal(ImportActionKind.Updated, Assert.Single(report.Actions).Kind);
        var text = folder.Read("certifications/widget.md");
        Assert.Contains("expiryDate: \"30.06.2024\"", text);
        Assert.Contains("date: \"15.06.2021\"", text);
        Assert.DoesNotContain("datePrecision", text);
        Assert.Equal(new DateOnly(2024, 6, 30), Assert.Single(folder.Load().Credentials).ValidThrough);
    }

    [Fact]
    public void Importing_the_same_row_again_changes_nothing()
    {
        using var folder = new TempPortfolio().With("certifications/widget.md",
            "---\ntitle: \"Widget Expert\"\ndate: \"15.06.2021\"\nprovider: \"Widget Guild\"\ncredentialId: \"W-1\"\n---\nBody.\n");
        var row = new ImportInput("Certifications.csv", Header + "Widget Expert,,Widget Guild,Jun 2021,Jun 2024,W-1\n");
        new ImportService().Run(folder.Root, new LinkedInCsvImporter(), [row], Force);
        var before = folder.Snapshot();

        var report = new ImportService().Run(folder.Root, new LinkedInCsvImporter(), [row], Force);

        Assert.Equal(ImportActionKind.Unchanged, Assert.Single(report.Actions).Kind);
        Assert.Equal(before, folder.Snapshot());
    }

    [Fact]
    public void A_month_document_whose_dates_all_change_at_the_month_stays_a_month()
    {
        // Given a document imported from LinkedIn, known to the month
        using var folder = new TempPortfolio().With("certifications/widget.md",
            "---\ntitle: \"Widget Expert\"\ndate: \"01.06.2021\"\nprovider: \"Widget Guild\"\ncredentialId: \"W-1\"\nexpiryDate: \"01.06.2024\"\ndatePrecision: month\n---\nBody.\n");

        // When a renewal moved the expiry to Jun 2027
        new ImportService().Run(folder.Root, new LinkedInCsvImporter(),
            [new ImportInput("Certifications.csv", Header + "Widget Expert,,Widget Guild,Jun 2021,Jun 2027,W-1\n")], Force);

        // Then the expiry is the month's first day, still marked as a month
        var text = folder.Read("certifications/widget.md");
        Assert.Contains("expiryDate: \"01.06.2027\"", text);
        Assert.Contains("datePrecision: month", text);
    }

    [Fact]
    public void A_day_record_changing_every_date_of_a_month_document_makes_it_a_day_document()
    {
        using var folder = new TempPortfolio().With("certifications/widget.md",
            "---\ntitle: \"Widget Expert\"\ndate: \"01.06.2021\"\nprovider: \"Widget Guild\"\ncredentialId: \"W-1\"\nexpiryDate: \"01.06.2024\"\ndatePrecision: month\n---\nBody.\n");

        new ImportService().Run(folder.Root, new LinkedInCsvImporter(),
            [new ImportInput("Certifications.csv", Header + "Widget Expert,,Widget Guild,2021-05-20,2024-05-20,W-1\n")], Force);

        var credential = Assert.Single(folder.Load().Credentials);
        Assert.Equal(Core.Model.DatePrecision.Day, credential.DatePrecision);
        Assert.Equal(new DateOnly(2024, 5, 20), credential.ValidThrough);
    }
}
