using Certfolio.Core.Diagnostics;
using Certfolio.Interop.HugoAcademic;
using Certfolio.Interop.Importing;
using Certfolio.Interop.JsonResume;
using Certfolio.Interop.LinkedIn;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.Importing;

/// <summary>Issue 13: two records are one credential only when the evidence agrees.</summary>
public sealed class CredentialIdentityTests
{
    private static readonly ImportOptions Default = new();

    private const string LinkedInHeader = "Name,Url,Authority,Started On,Finished On,License Number\n";

    [Fact]
    public void A_certificate_url_pasted_on_two_items_of_different_titles_makes_two_documents()
    {
        // Given a Hugo page where the same certificate_url was pasted under two different courses
        using var folder = new TempPortfolio();
        var page = """
            ---
            widget: accomplishments
            item:
              - title: Machine Learning
                organization: Coursera
                date_start: "2020-03-01"
                certificate_url: https://www.coursera.org/account/accomplishments/verify/ABC123
              - title: Deep Learning Specialization
                organization: Coursera
                date_start: "2020-09-01"
                certificate_url: https://www.coursera.org/account/accomplishments/verify/ABC123
            ---
            """;

        // When it is imported
        var report = new ImportService().Run(folder.Root, new HugoAcademicImporter(), [new ImportInput("accomplishments.md", page)], Default);

        // Then both credentials are there
        Assert.Equal(2, report.Count(ImportActionKind.Created));
        Assert.DoesNotContain(report.Diagnostics, d => d.Descriptor == Descriptors.SameCredentialTwice);
        Assert.Equal(2, folder.Load().Credentials.Count);
    }

    [Fact]
    public void A_credly_profile_url_given_for_every_item_identifies_nobody()
    {
        using var folder = new TempPortfolio();
        var csv = LinkedInHeader
            + "Certified Kubernetes Administrator (CKA),https://www.credly.com/users/jane-doe,The Linux Foundation,Oct 2023,,\n"
            + "Certified Kubernetes Application Developer (CKAD),https://www.credly.com/users/jane-doe,The Linux Foundation,Oct 2023,,\n"
            + "Kubernetes and Cloud Native Associate (KCNA),https://www.credly.com/users/jane-doe/badges,The Linux Foundation,Mar 2023,,\n";

        var first = new ImportService().Run(folder.Root, new LinkedInCsvImporter(), [new ImportInput("Certifications.csv", csv)], Default);
        var again = new ImportService().Run(folder.Root, new LinkedInCsvImporter(), [new ImportInput("Certifications.csv", csv)], Default);

        Assert.Equal(3, first.Count(ImportActionKind.Created));
        Assert.Equal(3, again.Count(ImportActionKind.Unchanged));
    }

    [Fact]
    public void Force_never_rewrites_a_document_of_another_credential_that_shares_its_licence_number()
    {
        // Given a Splunk document and a LinkedIn row for Terraform whose licence number is the Splunk one
        using var folder = new TempPortfolio().With("certifications/splunk-core-certified-user.md",
            "---\ntitle: \"Splunk Core Certified User\"\ndate: \"10.02.2022\"\nprovider: \"Splunk\"\ncredentialId: \"SPL-4471\"\n---\n");
        var before = folder.Snapshot();
        var csv = LinkedInHeader + "HashiCorp Certified: Terraform Associate,,HashiCorp,Jan 2024,Jan 2026,SPL-4471\n";

        // When it is imported with --force
        var report = new ImportService().Run(folder.Root, new LinkedInCsvImporter(), [new ImportInput("Certifications.csv", csv)], Default with { Force = true });

        // Then nothing is rewritten or created, and the conflict names the file, the record and the fields that differ
        var action = Assert.Single(report.Actions);
        Assert.Equal(ImportActionKind.Conflict, action.Kind);
        Assert.Equal(before, folder.Snapshot());
        var conflict = Assert.Single(report.Diagnostics, d => d.Is(Descriptors.ConflictingDocument, "row 2"));
        Assert.Equal(
            "row 2: conflicts with certifications/splunk-core-certified-user.md: the same credentialId, but title 'Splunk Core Certified User' there, "
            + "'HashiCorp Certified: Terraform Associate' here; provider 'Splunk' there, 'HashiCorp' here; "
            + "certifications/splunk-core-certified-user.md was left as it was and nothing was created",
            conflict.Message);
        Assert.True(report.HasProblems);
    }

    [Fact]
    public void Force_does_not_rename_a_matched_document()
    {
        // Given a document and a record of it (same ID, compatible title) that writes the title another way
        using var folder = new TempPortfolio().With("certifications/cka.md",
            "---\ntitle: \"Certified Kubernetes Administrator\"\ndate: \"15.10.2023\"\nprovider: \"The Linux Foundation\"\ncredentialId: \"LF-1\"\n---\n");
        var before = folder.Snapshot();
        var resume = """{"certificates":[{"name":"Kubernetes Administrator","date":"2023-10-15","issuer":"The Linux Foundation","credentialId":"LF-1","expiryDate":"2026-10-15"}]}""";

        var report = new ImportService().Run(folder.Root, new JsonResumeImporter(), [new ImportInput("resume.json", resume)], Default with { Force = true });

        Assert.Equal(ImportActionKind.Conflict, Assert.Single(report.Actions).Kind);
        Assert.Equal(before, folder.Snapshot());
    }

    [Fact]
    public void The_same_issuer_written_another_way_is_no_difference_and_force_adds_what_is_new()
    {
        // Given a document by "Amazon Web Services" and a LinkedIn row of it by "Amazon Web Services (AWS)" that adds an expiry
        using var folder = new TempPortfolio().With("certifications/saa.md",
            "---\ntitle: 'AWS Certified Solutions Architect – Associate'\ndate: 2023-03-14\nprovider: Amazon Web Services\ncredentialId: AWS-ASA-11873\n---\nBody.\n");
        var csv = LinkedInHeader + "AWS Certified Solutions Architect – Associate,,Amazon Web Services (AWS),Mar 2023,Mar 2026,AWS-ASA-11873\n";
        ImportReport Import(ImportOptions options) =>
            new ImportService().Run(folder.Root, new LinkedInCsvImporter(), [new ImportInput("Certifications.csv", csv)], options);

        // When it is imported, then with --force, then again
        var first = Import(Default);
        var forced = Import(Default with { Force = true });
        var again = Import(Default);

        // Then the provider is never a difference: only the expiry is news, --force adds it and leaves the provider,
        // and the third import finds nothing to do
        Assert.Equal(["expiryDate"], Assert.Single(first.Actions).Changes.Select(c => c.Key));
        Assert.Equal(ImportActionKind.Updated, Assert.Single(forced.Actions).Kind);
        Assert.Equal(
            "---\ntitle: 'AWS Certified Solutions Architect – Associate'\ndate: 2023-03-14\nprovider: Amazon Web Services\ncredentialId: AWS-ASA-11873\nexpiryDate: \"31.03.2026\"\n---\nBody.\n",
            folder.Read("certifications/saa.md"));
        Assert.Equal(ImportActionKind.Unchanged, Assert.Single(again.Actions).Kind);
        Assert.False(again.HasProblems);
    }

    [Fact]
    public void Microsoft_certifications_sharing_the_holders_MCID_all_import_and_pass_check()
    {
        // Given a LinkedIn export with the Microsoft certification number as every Microsoft licence number
        using var folder = new TempPortfolio();
        var csv = LinkedInHeader
            + "Microsoft Certified: Azure Fundamentals,,Microsoft,Jan 2021,,991234567\n"
            + "Microsoft Certified: Azure Data Fundamentals,,Microsoft,Feb 2021,,991234567\n"
            + "Microsoft Certified: Azure Administrator Associate,,Microsoft,Jun 2024,Jun 2025,991234567\n";

        // When it is imported, twice
        var first = new ImportService().Run(folder.Root, new LinkedInCsvImporter(), [new ImportInput("Certifications.csv", csv)], Default);
        var again = new ImportService().Run(folder.Root, new LinkedInCsvImporter(), [new ImportInput("Certifications.csv", csv)], Default);

        // Then three documents exist, check has nothing to say about the shared ID, and the second import changes nothing
        Assert.Equal(3, first.Count(ImportActionKind.Created));
        Assert.DoesNotContain(folder.Load().Diagnostics, d => d.Descriptor == Descriptors.DuplicateCredentialId || d.Severity == Severity.Error);
        Assert.Equal(3, again.Count(ImportActionKind.Unchanged));
    }

    [Fact]
    public void Two_linux_foundation_exams_with_one_id_import_as_two_and_check_reports_the_slip()
    {
        using var folder = new TempPortfolio();
        var csv = LinkedInHeader
            + "Certified Kubernetes Administrator (CKA),,The Linux Foundation,Oct 2023,Oct 2025,LF-abc123\n"
            + "Certified Kubernetes Security Specialist (CKS),,The Linux Foundation,Jan 2024,Jan 2026,LF-abc123\n";

        var report = new ImportService().Run(folder.Root, new LinkedInCsvImporter(), [new ImportInput("Certifications.csv", csv)], Default);

        Assert.Equal(2, report.Count(ImportActionKind.Created));
        Assert.Equal(2, folder.Load().Diagnostics.Count(d => d.Descriptor == Descriptors.DuplicateCredentialId));
    }

    [Fact]
    public void The_same_credential_twice_is_merged_and_counted_as_merged()
    {
        using var folder = new TempPortfolio();
        var resume = """{"certificates":[{"name":"CKA","date":"2024-01-01","issuer":"CNCF","credentialId":"1"},{"name":"cka","date":"2024-01-01","issuer":"cncf","credentialId":"1"}]}""";

        var report = new ImportService().Run(folder.Root, new JsonResumeImporter(), [new ImportInput("resume.json", resume)], Default);

        Assert.Equal(1, report.Count(ImportActionKind.Created));
        Assert.Equal(1, report.Count(ImportActionKind.Merged));
        var merged = Assert.Single(report.Diagnostics, d => d.Is(Descriptors.SameCredentialTwice, "$.certificates[1]"));
        Assert.Contains("resume.json $.certificates[0] (same issuer, title and credentialId)", merged.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Microsoft Certified: Azure Administrator Associate", "Azure Administrator Associate", true)]
    [InlineData("AWS Certified Solutions Architect – Associate", "AWS Certified Solutions Architect - Associate", true)]
    [InlineData("Azure Fundamentals", "Azure Data Fundamentals", false)]
    [InlineData("AWS Certified Solutions Architect - Associate", "AWS Certified Solutions Architect - Professional", false)]
    [InlineData("CKA", "Certified Kubernetes Administrator", false)]
    [InlineData("Splunk Core Certified User", "HashiCorp Certified: Terraform Associate", false)]
    public void Titles_are_compatible_when_one_is_a_run_of_the_others_words(string a, string b, bool compatible) =>
        Assert.Equal(compatible, Interop.Importing.Identity.TitleCompatibility.Compatible(a, b));
}
