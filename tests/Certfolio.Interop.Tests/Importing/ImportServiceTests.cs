using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;
using Certfolio.Interop.Credly;
using Certfolio.Interop.Importing;
using Certfolio.Interop.JsonResume;
using Certfolio.Interop.LinkedIn;
using Certfolio.Interop.OpenBadges;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.Importing;

public sealed class ImportServiceTests
{
    private static readonly ImportOptions Default = new();

    [Fact]
    public void Creates_a_certifications_folder_and_documents_that_pass_check()
    {
        // Given a portfolio folder without a content folder
        using var folder = new TempPortfolio(withContentFolder: false);

        // When a LinkedIn export is imported
        var report = new ImportService().Run(folder.Root, new LinkedInCsvImporter(), [TestData.Input("linkedin/Certifications.csv")], Default);

        // Then four documents exist, named by slug, and the portfolio loads without a single diagnostic
        Assert.Equal(4, report.Count(ImportActionKind.Created));
        Assert.True(File.Exists(Path.Combine(folder.Content, "aws-certified-devops-engineer-professional.md")));
        var portfolio = folder.Load();
        Assert.Empty(portfolio.Diagnostics);
        Assert.Equal(4, portfolio.Credentials.Count);
    }

    [Fact]
    public void Writes_the_reference_format_with_dotted_dates_and_month_precision()
    {
        using var folder = new TempPortfolio();

        new ImportService().Run(folder.Root, new LinkedInCsvImporter(), [TestData.Input("linkedin/Certifications.csv")], Default);

        var text = folder.Read("certifications/aws-certified-devops-engineer-professional.md");
        Assert.StartsWith("---\ntitle: \"AWS Certified DevOps Engineer - Professional\"\ndate: \"01.08.2024\"\nprovider: \"Amazon Web Services\"\n", text, StringComparison.Ordinal);
        Assert.Contains("\nexpiryDate: \"01.08.2027\"\n", text, StringComparison.Ordinal);
        Assert.Contains("\ndatePrecision: month\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Imports_sixty_credly_badges_over_two_pages_into_sixty_clean_documents()
    {
        using var folder = new TempPortfolio();
        var inputs = new[] { TestData.Input("credly/badges-page1.json"), TestData.Input("credly/badges-page2.json") };

        var report = new ImportService().Run(folder.Root, new CredlyImporter(), inputs, Default);

        Assert.Equal(60, report.Count(ImportActionKind.Created));
        var portfolio = folder.Load();
        Assert.Equal(60, portfolio.Credentials.Count);
        Assert.DoesNotContain(portfolio.Diagnostics, d => d.Severity == Core.Diagnostics.Severity.Error);
    }

    [Fact]
    public void Importing_the_same_file_twice_changes_nothing_the_second_time()
    {
        // Given a first import
        using var folder = new TempPortfolio();
        var service = new ImportService();
        service.Run(folder.Root, new LinkedInCsvImporter(), [TestData.Input("linkedin/Certifications.csv")], Default);
        var before = folder.Snapshot();

        // When the same file is imported again
        var report = service.Run(folder.Root, new LinkedInCsvImporter(), [TestData.Input("linkedin/Certifications.csv")], Default);

        // Then every record is recognised and not one byte changes
        Assert.Equal(4, report.Count(ImportActionKind.Unchanged));
        Assert.Equal(0, report.Count(ImportActionKind.Created));
        Assert.Equal(before, folder.Snapshot());
    }

    [Fact]
    public void A_month_precise_record_agrees_with_a_day_precise_document_of_that_month()
    {
        // Given the reference document (15.08.2024) and a LinkedIn row that says Aug 2024
        using var folder = TempPortfolio.WithReference();
        var csv = "Name,Url,Authority,Started On,Finished On,License Number\nAWS Certified DevOps Engineer - Professional,https://www.credly.com/badges/example,Amazon Web Services,Aug 2024,Aug 2027,DOP-C02-789456\n";

        var report = new ImportService().Run(folder.Root, new LinkedInCsvImporter(), [new ImportInput("Certifications.csv", csv)], Default);

        Assert.Equal(ImportActionKind.Unchanged, Assert.Single(report.Actions).Kind);
    }

    [Fact]
    public void Lists_differences_and_changes_nothing_without_force()
    {
        // Given the reference document and a record of it with another title and level
        using var folder = TempPortfolio.WithReference();
        var before = folder.Snapshot();

        // When it is imported without --force
        var report = new ImportService().Run(folder.Root, new JsonResumeImporter(), [ResumeWithChangedTitle()], Default);

        // Then the differences are listed and the file is untouched
        var action = Assert.Single(report.Actions);
        Assert.Equal(ImportActionKind.Differs, action.Kind);
        var change = Assert.Single(action.Changes);
        Assert.Equal("title", change.Key);
        Assert.Equal("AWS Certified DevOps Engineer - Professional", change.OldText);
        Assert.Equal(before, folder.Snapshot());
        Assert.True(report.HasProblems);
    }

    [Fact]
    public void Force_rewrites_only_the_changed_keys_keeping_comments_order_quoting_and_body()
    {
        // Given a document with a comment, single quotes, an ISO date and a block list
        using var folder = new TempPortfolio().With("certifications/cka.md",
            "---\n# my notes\ntitle: 'CKA'   # short name\ndate: 2023-10-15\nprovider: CNCF\ncredentialId: \"LF-1\"\nskills:\n  - Kubernetes\n  - Linux\n---\n\nBody stays *exactly*.\n");
        var resume = """{"certificates":[{"name":"CKA","date":"2023-10-20","issuer":"CNCF","credentialId":"LF-1","expiryDate":"2026-10-20","url":"https://www.credly.com/badges/cka"}]}""";

        // When it is imported with --force
        var report = new ImportService().Run(folder.Root, new JsonResumeImporter(), [new ImportInput("resume.json", resume)], Default with { Force = true });

        // Then only date, expiry and URL change, each written in the style of its neighbours
        Assert.Equal(ImportActionKind.Updated, Assert.Single(report.Actions).Kind);
        Assert.Equal(
            "---\n# my notes\ntitle: 'CKA'   # short name\ndate: 2023-10-20\nprovider: CNCF\ncredentialId: \"LF-1\"\nskills:\n  - Kubernetes\n  - Linux\nexpiryDate: \"20.10.2026\"\nverificationUrl: \"https://www.credly.com/badges/cka\"\n---\n\nBody stays *exactly*.\n",
            folder.Read("certifications/cka.md"));
        Assert.Empty(folder.Load().Diagnostics);
    }

    [Fact]
    public void Force_rewrites_a_flow_list_and_a_dotted_date_in_their_own_style()
    {
        using var folder = TempPortfolio.WithReference();
        var badge = """
            {"@context":["https://www.w3.org/ns/credentials/v2","https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
             "id":"https://www.credly.com/badges/example","type":["VerifiableCredential","OpenBadgeCredential"],
             "issuer":{"id":"https://aws.amazon.com","type":["Profile"],"name":"Amazon Web Services"},
             "validFrom":"2024-08-15T00:00:00Z","validUntil":"2028-08-15T00:00:00Z",
             "credentialSubject":{"type":["AchievementSubject"],"licenseNumber":"DOP-C02-789456","achievement":{"id":"urn:x","type":["Achievement"],"name":"AWS Certified DevOps Engineer - Professional","description":"Validates technical expertise in provisioning, operating, and managing distributed application systems on the AWS platform (DOP-C02)","criteria":{"narrative":"x"},"tag":["AWS","DevOps"]}}}
            """;

        new ImportService().Run(folder.Root, new OpenBadgesImporter(), [new ImportInput("badge.json", badge)], Default with { Force = true });

        var text = folder.Read("certifications/aws-devops-professional.md");
        Assert.Contains("\nexpiryDate: \"15.08.2028\"\n", text, StringComparison.Ordinal);
        Assert.Contains("\nskills: [\"AWS\", \"DevOps\"]\n", text, StringComparison.Ordinal);
        Assert.Equal(TestData.ReferenceDocument.Split("---")[2], text.Split("---")[2]);
    }

    [Fact]
    public void Dry_run_reports_what_would_change_and_writes_nothing()
    {
        // Given a portfolio with the reference document
        using var folder = TempPortfolio.WithReference();
        var before = folder.Snapshot();

        // When a new file and a changed record are imported as a dry run, even with --force
        var service = new ImportService();
        var created = service.Run(folder.Root, new LinkedInCsvImporter(), [TestData.Input("linkedin/Certifications.csv")], Default with { DryRun = true });
        var updated = service.Run(folder.Root, new JsonResumeImporter(), [ResumeWithChangedExpiry()], Default with { DryRun = true, Force = true });

        // Then the report says what would happen and the disk is as it was
        Assert.Equal(3, created.Count(ImportActionKind.Created));
        Assert.Equal(ImportActionKind.Updated, Assert.Single(updated.Actions).Kind);
        Assert.Equal(before, folder.Snapshot());
    }

    [Fact]
    public void A_malformed_file_writes_nothing_while_the_other_files_still_import()
    {
        using var folder = new TempPortfolio();

        var report = new ImportService().Run(folder.Root, new LinkedInCsvImporter(),
            [TestData.Input("linkedin/bad-quoting.csv"), TestData.Input("linkedin/Certifications.csv")], Default);

        Assert.Equal(4, report.Count(ImportActionKind.Created));
        Assert.Contains(report.Diagnostics, d => d.Descriptor == Descriptors.InvalidCsv && d.Location.FilePath == "bad-quoting.csv");
        Assert.Equal(4, Directory.GetFiles(folder.Content).Length);
    }

    [Fact]
    public void A_record_that_would_fail_check_is_skipped_with_the_reason()
    {
        using var folder = new TempPortfolio();
        var resume = """{"certificates":[{"name":"Backwards","date":"2024-01-01","issuer":"X","expiryDate":"2020-01-01"},{"name":"Fine","date":"2024-01-01","issuer":"X"}]}""";

        var report = new ImportService().Run(folder.Root, new JsonResumeImporter(), [new ImportInput("resume.json", resume)], Default);

        Assert.Equal(ImportActionKind.Skipped, report.Actions[0].Kind);
        var failure = Assert.Single(report.Diagnostics, d => d.Is(Descriptors.RecordFailsCheck, "$.certificates[0]"));
        Assert.Contains(Descriptors.ExpiryBeforeIssue.Id, failure.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceLocation("resume.json", 1, resume.IndexOf("{\"name\":\"Backwards\"", StringComparison.Ordinal) + 1), failure.Location);
        Assert.Equal(ImportActionKind.Created, report.Actions[1].Kind);
        Assert.Empty(folder.Load().Diagnostics);
    }

    [Fact]
    public void A_new_slug_never_overwrites_an_unrelated_file()
    {
        using var folder = new TempPortfolio().With("certifications/cka.md", "---\ntitle: CKA\ndate: 01.01.2020\nprovider: Other\n---\n");
        var resume = """{"certificates":[{"name":"CKA","date":"2024-01-01","issuer":"CNCF"}]}""";

        var report = new ImportService().Run(folder.Root, new JsonResumeImporter(), [new ImportInput("resume.json", resume)], Default);

        Assert.Equal("certifications/cka-2.md", Assert.Single(report.Actions).Path);
        Assert.Contains("provider: Other", folder.Read("certifications/cka.md"), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_file_over_the_size_limit_without_reading_it()
    {
        using var folder = new TempPortfolio();
        var path = Path.Combine(folder.Root, "huge.csv");
        using (var stream = File.Create(path)) stream.SetLength(ImportLimits.MaxFileBytes + 1);

        var input = ImportFiles.Read(path, out var problem);

        Assert.Null(input);
        Assert.Equal(Descriptors.ImportFileTooLarge, problem!.Descriptor);
        Assert.Equal(SourceLocation.FileStart("huge.csv"), problem.Location);
    }

    private static ImportInput ResumeWithChangedExpiry() => new("resume.json",
        """{"certificates":[{"name":"AWS Certified DevOps Engineer - Professional","date":"2024-08-15","issuer":"Amazon Web Services","credentialId":"DOP-C02-789456","expiryDate":"2027-09-15"}]}""");

    private static ImportInput ResumeWithChangedTitle() => new("resume.json",
        """{"certificates":[{"name":"AWS DevOps Engineer Professional","date":"2024-08-15","issuer":"Amazon Web Services","credentialId":"DOP-C02-789456"}]}""");
}
