using Certfolio.Core.Diagnostics;
using Certfolio.Interop.Credly;
using Certfolio.Interop.HugoAcademic;
using Certfolio.Interop.Importing;
using Certfolio.Interop.JsonResume;
using Certfolio.Interop.LinkedIn;
using Certfolio.Interop.OpenBadges;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.Corpus;

/// <summary>
/// Issue 13's corpus: files written in the shapes of real public files (HugoBlox and Hugo Academic pages, JSON Resume
/// files, the Open Badges specification's examples, Credly's badges.json, a LinkedIn export), each imported into an
/// empty portfolio and the documents it makes asserted field by field.
/// </summary>
public sealed class CorpusTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void HugoBlox_landing_page_imports_the_items_of_its_accomplishments_block()
    {
        var import = CorpusImport.Run(new HugoAcademicImporter(), "hugoblox/_index.md");

        import.Holds(
            new CorpusDocument("Neural Networks and Deep Learning", "Coursera", D(2021, 1, 25),
                VerificationUrl: "https://www.coursera.org/account/accomplishments/verify/ZX8Q4JK2LM"),
            new CorpusDocument("Blockchain Fundamentals", "edX", D(2023, 5, 2), Expiry: D(2026, 5, 2),
                VerificationUrl: "https://www.credly.com/badges/6a1f0c2e-9b8d-4c3a-8e7f-2d1b0a9c8e7f",
                Description: "Formulated informed blockchain models, hypotheses, and use cases.",
                CourseUrl: "https://www.edx.org/professional-certificate/uc-berkeleyx-blockchain-fundamentals"));
        Assert.Equal("_index.md sections[2].content.items[0]", import.Report.Actions[0].Source);
        Assert.False(import.Report.HasProblems);
        Assert.Empty(import.CheckErrors);
    }

    [Fact]
    public void HugoBlox_widget_page_with_items_imports_all_but_the_item_with_a_duplicate_key_and_fails()
    {
        var import = CorpusImport.Run(new HugoAcademicImporter(), "hugoblox/accomplishments.md");

        import.Holds(
            new CorpusDocument("Machine Learning", "Stanford University", D(2019, 2, 11),
                VerificationUrl: "https://www.coursera.org/account/accomplishments/verify/7HQ3LSXV9M2K",
                CourseUrl: "https://www.coursera.org/learn/machine-learning"),
            new CorpusDocument("Professional Data Engineer", "Google Cloud", D(2022, 9, 14), Expiry: D(2024, 9, 14),
                VerificationUrl: "https://google.accredible.com/6f3c1a2b-44d1-4f0a-9d55-0c6a3e1b2f7d",
                Description: "Designs data processing systems and\noperationalises machine learning models."));
        var lines = File.ReadAllLines(CorpusImport.PathOf("hugoblox/accomplishments.md"));
        var duplicateLine = Array.FindLastIndex(lines, l => l.Trim() == "organization: Coursera") + 1;
        var problem = Assert.Single(import.Report.Diagnostics, d => d.Descriptor == Descriptors.RecordWithDuplicateKey);
        Assert.Equal(duplicateLine, problem.Location.Line);
        Assert.StartsWith("items[1]: duplicate key 'organization' (first defined on line ", problem.Message, StringComparison.Ordinal);
        Assert.True(import.Report.HasProblems);
        Assert.Empty(import.CheckErrors);
    }

    [Fact]
    public void Hugo_Academic_TOML_widget_imports_every_item_and_repairs_mis_encoded_text()
    {
        var import = CorpusImport.Run(new HugoAcademicImporter(), "hugo-academic/accomplishments.toml.md");

        var statistics = import.Documents.Single(d => d.Title == "Statistics and R");
        Assert.StartsWith("Linear models, inference and exploratory data analysis\n", statistics.Description, StringComparison.Ordinal);
        import.Holds(
            new CorpusDocument("Data Science – Capstone", "Coursera", D(2018, 4, 3),
                VerificationUrl: "https://www.coursera.org/account/accomplishments/records/KX2MDB9Q8WTR",
                CourseUrl: "https://www.coursera.org/learn/data-science-project"),
            statistics with { Title = "Statistics and R", Provider = "edX", Date = D(2017, 11, 20), Expiry = null,
                VerificationUrl = "https://courses.edx.org/certificates/4e1a9f0c2b7d4c5e8a6b3d2f1e0c9b8a",
                CourseUrl = "https://www.edx.org/course/statistics-and-r" },
            new CorpusDocument("Object-Oriented Programming in R: S3 and R6 Course", "DataCamp", D(2017, 7, 1),
                VerificationUrl: "https://www.datacamp.com/statement-of-accomplishment/course/8a1c7e0f3b2d"));
        Assert.Single(import.Report.Diagnostics, d => d.Descriptor == Descriptors.TextRepaired);
        Assert.False(import.Report.HasProblems);
        Assert.Empty(import.CheckErrors);
    }

    [Fact]
    public void Hugo_Academic_TOML_widget_saved_on_windows_with_year_dates_and_a_duplicate_key_imports_the_other_items()
    {
        // A BOM, CRLF, dates known to the year or month (as real pages write them), two 'organization' lines in one item
        var import = CorpusImport.Run(new HugoAcademicImporter(), "hugo-academic/accomplishments-windows.toml.md");

        import.Holds(
            new CorpusDocument("Essentials of Global Health", "Coursera", D(2020, 1, 1),
                VerificationUrl: "https://www.coursera.org/account/accomplishments/certificate/MC7C4Z86KB8F", Precision: "year"),
            new CorpusDocument("Human Research", "CITI Program", D(2019, 9, 1), Expiry: D(2022, 9, 1),
                VerificationUrl: "https://www.citiprogram.org/verify/?wd09fbf64-1a5e-476b-ab1d-82c7b5a8a61c-32582541", Precision: "month"),
            // Issued in a year, expiring in a month: one datePrecision cannot say both, so the document is kept to the day
            // with the validity the source gives (to the end of September 2022), never to the end of 2022.
            new CorpusDocument("Good Clinical Practice", "CITI Program", D(2019, 1, 1), Expiry: D(2022, 9, 30)));
        var lines = File.ReadAllLines(CorpusImport.PathOf("hugo-academic/accomplishments-windows.toml.md"));
        var duplicateLine = Array.FindIndex(lines, l => l.Trim().StartsWith("organization = \"London School", StringComparison.Ordinal)) + 1;
        var problem = Assert.Single(import.Report.Diagnostics);
        Assert.Equal((Descriptors.RecordWithDuplicateKey, duplicateLine, 3), (problem.Descriptor, problem.Location.Line, problem.Location.Column));
        Assert.StartsWith("item[1]: duplicate key 'organization' (first defined on line ", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, import.Report.ReadErrors);
        Assert.True(import.Report.HasProblems);
        Assert.Empty(import.CheckErrors);
    }

    [Fact]
    public void Hugo_Academic_YAML_widget_keeps_two_items_that_share_a_credly_profile_url()
    {
        var import = CorpusImport.Run(new HugoAcademicImporter(), "hugo-academic/accomplishments.yaml.md");

        import.Holds(
            new CorpusDocument("AWS Certified Cloud Practitioner", "Amazon Web Services", D(2022, 3, 15),
                VerificationUrl: "https://www.credly.com/users/maria-garcia"),
            new CorpusDocument("AWS Certified Solutions Architect – Associate", "Amazon Web Services", D(2022, 10, 6), Expiry: D(2025, 10, 6),
                VerificationUrl: "https://www.credly.com/users/maria-garcia",
                Description: "Designs distributed systems on AWS:\ncompute, storage, networking and security.",
                CourseUrl: "https://aws.amazon.com/certification/certified-solutions-architect-associate/"),
            new CorpusDocument("Professional Scrum Master I", "Scrum.org", D(2021, 6, 30)));
        Assert.Equal(0, import.Report.Count(ImportActionKind.Merged));
        Assert.Empty(import.CheckErrors);
    }

    [Fact]
    public void JSON_Resume_with_certificates_imports_them_at_their_precision_and_counts_the_awards()
    {
        var import = CorpusImport.Run(new JsonResumeImporter(), "jsonresume/resume.json");

        import.Holds(
            new CorpusDocument("Certified Kubernetes Administrator (CKA)", "The Linux Foundation", D(2023, 10, 15),
                VerificationUrl: "https://www.credly.com/badges/2c4e6a8b-1d3f-4b5a-9c7e-0f1a2b3c4d5e/public_url"),
            new CorpusDocument("HashiCorp Certified: Terraform Associate (003)", "HashiCorp", D(2024, 2, 1),
                VerificationUrl: "https://www.linkedin.com/in/tedison", Precision: "month"),
            new CorpusDocument("ITIL® 4 Foundation", "AXELOS", D(2016, 1, 1), Precision: "year"));
        Assert.Single(import.Report.Diagnostics, d => d.Is(Descriptors.AwardsNotImported, "$.awards"));
        Assert.False(import.Report.HasProblems);
        Assert.Empty(import.CheckErrors);
    }

    [Fact]
    public void JSON_Resume_with_awards_only_fails_without_include_awards_and_imports_them_with_it()
    {
        var without = CorpusImport.Run(new JsonResumeImporter(), "jsonresume/resume-awards-only.json");
        var with = CorpusImport.Run(new JsonResumeImporter(), new ImportOptions { IncludeAwards = true }, "jsonresume/resume-awards-only.json");

        Assert.Empty(without.Documents);
        Assert.True(without.Report.HasProblems);
        Assert.Single(without.Report.Diagnostics, d => d.Is(Descriptors.NothingToImport, "$.certificates"));
        with.Holds(
            new CorpusDocument("Oracle Certified Professional, Java SE 11 Developer", "Oracle", D(2020, 8, 1), Description: "Exam 1Z0-819", Precision: "month"),
            new CorpusDocument("Digital Compression Pioneer Award", "Techcrunch", D(2014, 11, 1), Description: "There is no spoon."));
        Assert.False(with.Report.HasProblems);
        Assert.Empty(with.CheckErrors);
    }

    [Fact]
    public void Open_Badges_2_hosted_example_imports_from_its_assertion_badge_class_and_issuer_files()
    {
        var import = CorpusImport.Run(new OpenBadgesImporter(), "openbadges/robotics-assertion.json", "openbadges/robotics-badge.json", "openbadges/organization.json");

        import.Holds(new CorpusDocument("Awesome Robotics Badge", "An Example Badge Issuer", D(2016, 12, 31), Expiry: D(2017, 6, 30),
            VerificationUrl: "https://example.org/beths-robotics-badge.json",
            Description: "For doing awesome things with robots that people think is pretty great.",
            Skills: "robots; awesome", Logo: "https://example.org/robotics-badge.png"));
        Assert.False(import.Report.HasProblems);
    }

    [Fact]
    public void Open_Badges_2_assertion_alone_is_skipped_naming_its_badge_class()
    {
        var import = CorpusImport.Run(new OpenBadgesImporter(), "openbadges/robotics-assertion.json");

        Assert.Empty(import.Documents);
        var problem = Assert.Single(import.Report.Diagnostics);
        Assert.True(problem.Is(Descriptors.BadgeClassNotGiven, "$.badge"), problem.ToString());
        Assert.Contains("https://example.org/robotics-badge.json", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credlys_hosted_Open_Badges_2_assertion_is_the_badge_its_badges_json_gave_not_a_second_one()
    {
        // Given the AWS badge imported from Credly's badges.json, and the same badge's hosted assertion, class and issuer
        using var folder = new TempPortfolio();
        var service = new ImportService();
        service.Run(folder.Root, new CredlyImporter(), [CorpusImport.Input("credly/badges.json")], new ImportOptions());
        var before = folder.Snapshot();

        // When the Open Badges files are imported into the same portfolio
        var report = service.Run(folder.Root, new OpenBadgesImporter(),
            new[] { "openbadges/credly-assertion.json", "openbadges/credly-badge-class.json", "openbadges/credly-issuer.json" }.Select(CorpusImport.Input).ToArray(), new ImportOptions());

        // Then the assertion is that badge (its public page is the badges.json's verification URL): nothing new, nothing changed
        var action = Assert.Single(report.Actions);
        Assert.Equal((ImportActionKind.Unchanged, "certifications/aws-certified-solutions-architect-associate.md"), (action.Kind, action.Path));
        Assert.Equal(before, folder.Snapshot());
        Assert.Empty(report.Diagnostics);
    }

    [Fact]
    public void Credlys_hosted_assertion_without_its_issuer_is_a_conflict_with_the_badge_never_a_duplicate()
    {
        // Given the AWS badge from badges.json, and its assertion and class but not the issuer (the provider is then the URL's host)
        using var folder = new TempPortfolio();
        var service = new ImportService();
        service.Run(folder.Root, new CredlyImporter(), [CorpusImport.Input("credly/badges.json")], new ImportOptions());
        var before = folder.Snapshot();

        var report = service.Run(folder.Root, new OpenBadgesImporter(),
            new[] { "openbadges/credly-assertion.json", "openbadges/credly-badge-class.json" }.Select(CorpusImport.Input).ToArray(), new ImportOptions());

        Assert.Equal(ImportActionKind.Conflict, Assert.Single(report.Actions).Kind);
        Assert.Single(report.Diagnostics, d => d.Descriptor == Descriptors.ProviderFromUrl);
        Assert.Equal(before, folder.Snapshot());
    }

    [Fact]
    public void Open_Badges_3_credential_imports_its_achievement()
    {
        var import = CorpusImport.Run(new OpenBadgesImporter(), "openbadges/ob3-credential.json");

        import.Holds(new CorpusDocument("Teamwork", "Example Corp", D(2010, 1, 1), Expiry: D(2030, 1, 1),
            VerificationUrl: "http://example.com/credentials/3527",
            Description: "This badge recognizes the development of the capacity to collaborate within a group environment.",
            Skills: "Collaboration", Logo: "https://example.com/achievements/21st-century-skills/teamwork/image.png"));
        Assert.False(import.Report.HasProblems);
        Assert.Empty(import.CheckErrors);
    }

    [Fact]
    public void Credly_badges_json_imports_each_badge_with_its_template()
    {
        var import = CorpusImport.Run(new CredlyImporter(), "credly/badges.json");

        import.Holds(
            new CorpusDocument("AWS Certified Solutions Architect – Associate", "Amazon Web Services Training and Certification", D(2023, 3, 14), Expiry: D(2026, 3, 14),
                VerificationUrl: "https://www.credly.com/badges/0b5a1c8e-7d2f-4e3a-9b6c-1f2e3d4c5b6a",
                Description: "Earners of this certification have a comprehensive understanding of AWS services and technologies.",
                Skills: "AWS Architecture; AWS Cloud", Level: "Intermediate",
                Logo: "https://images.credly.com/images/0e284c3f-5164-4b21-8660-0d84737941bc/image.png"),
            new CorpusDocument("Microsoft Certified: Azure Fundamentals", "Microsoft", D(2021, 9, 2),
                VerificationUrl: "https://www.credly.com/badges/7c9e2f41-0a3b-4c5d-8e6f-9a0b1c2d3e4f",
                Description: "This badge earner understands the foundational concepts of cloud computing and Azure.",
                Skills: "Cloud Concepts; Azure", Level: "Foundational",
                Logo: "https://images.credly.com/images/be8fcaeb-c769-4858-b567-ffaaa73ce8cf/image.png"));
        Assert.False(import.Report.HasProblems);
        Assert.Empty(import.CheckErrors);
        // Credly's name for AWS is one of the AWS rule's names: the renewal rule applies, check has nothing to say.
        Assert.DoesNotContain(import.Check, d => d.Descriptor == Descriptors.ProviderUnknownForTitle);
    }

    [Fact]
    public void LinkedIn_export_with_a_BOM_CRLF_month_names_quotes_and_non_Latin_titles_imports_every_row()
    {
        var import = CorpusImport.Run(new LinkedInCsvImporter(), "linkedin/Certifications.csv");

        import.Holds(
            new CorpusDocument("AWS Certified Solutions Architect – Associate", "Amazon Web Services (AWS)", D(2023, 3, 1), Expiry: D(2026, 3, 1),
                CredentialId: "AWS-ASA-11873", VerificationUrl: "https://www.credly.com/badges/0b5a1c8e-7d2f-4e3a-9b6c-1f2e3d4c5b6a", Precision: "month"),
            new CorpusDocument("Scrum Master, Professional (PSM I)", "Scrum.org", D(2018, 1, 1),
                CredentialId: "612345", VerificationUrl: "https://www.scrum.org/certificates/612345", Precision: "year"),
            new CorpusDocument("The \"Complete\" Python Bootcamp", "Udemy", D(2019, 10, 1),
                CredentialId: "UC-7b3f1c2e-9d8a-4f6b", VerificationUrl: "https://ude.my/UC-7b3f1c2e-9d8a-4f6b", Precision: "month"),
            new CorpusDocument("Microsoft Certified: Azure Fundamentals", "Microsoft", D(2021, 9, 1), CredentialId: "991234567", Precision: "month"),
            new CorpusDocument("Microsoft Certified: Azure Administrator Associate", "Microsoft", D(2024, 6, 1), Expiry: D(2025, 6, 1),
                CredentialId: "991234567", VerificationUrl: "https://www.credly.com/badges/5d6e7f80-1a2b-3c4d-5e6f-708192a3b4c5", Precision: "month"),
            new CorpusDocument("AWS 認定 ソリューションアーキテクト – アソシエイト", "Amazon Web Services (AWS)", D(2024, 1, 1), Expiry: D(2027, 1, 1), Precision: "month"),
            new CorpusDocument("Prüfung für Ärzte – Notfallmedizin", "Landesärztekammer Hessen", D(2022, 2, 1), Precision: "month"),
            new CorpusDocument("Основы кибербезопасности", "Яндекс Практикум", D(2023, 4, 1),
                VerificationUrl: "https://www.linkedin.com/in/ivan-petrov", Precision: "month"));
        Assert.Equal(2, import.Report.Diagnostics.Count(d => d.Descriptor == Descriptors.SchemeAdded));
        Assert.False(import.Report.HasProblems, string.Join("\n", import.Report.Diagnostics));
        Assert.Empty(import.CheckErrors);
        // Names in every script make readable file names (AnyAscii), never "untitled" or "pr-fung-f-r-rzte"
        Assert.Equal(
            ["certifications/aws-rending-soriyushiyonakitekuto-asoshieito.md", "certifications/osnovy-kiberbezopasnosti.md", "certifications/prufung-fur-arzte-notfallmedizin.md"],
            import.Report.Actions.Select(a => a.Path!).Where(p => !p.Contains("aws-certified", StringComparison.Ordinal) && !p.Contains("microsoft", StringComparison.Ordinal)
                && !p.Contains("scrum", StringComparison.Ordinal) && !p.Contains("python", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Re_importing_leaves_a_document_under_the_name_an_older_slug_gave_it()
    {
        // Given the German credential imported before slugs were spelled in ASCII, under the name it got then
        using var folder = new TempPortfolio().With("certifications/pr-fung-f-r-rzte-notfallmedizin.md",
            "---\ntitle: \"Prüfung für Ärzte – Notfallmedizin\"\ndate: \"01.02.2022\"\nprovider: \"Landesärztekammer Hessen\"\ndatePrecision: month\n---\n");
        var csv = new ImportInput("Certifications.csv", "Name,Url,Authority,Started On,Finished On,License Number\nPrüfung für Ärzte – Notfallmedizin,,Landesärztekammer Hessen,Feb 2022,,\n");

        // When the LinkedIn row is imported again
        var report = new ImportService().Run(folder.Root, new LinkedInCsvImporter(), [csv], new ImportOptions());

        // Then it is that document, unchanged, and no second file appears under the new spelling
        var action = Assert.Single(report.Actions);
        Assert.Equal((ImportActionKind.Unchanged, "certifications/pr-fung-f-r-rzte-notfallmedizin.md"), (action.Kind, action.Path));
        Assert.Equal(["pr-fung-f-r-rzte-notfallmedizin.md"], Directory.GetFiles(folder.Content).Select(Path.GetFileName));
    }
}
