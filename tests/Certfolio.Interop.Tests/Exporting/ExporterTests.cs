using System.Text.Json.Nodes;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;
using Certfolio.Interop.Csv;
using Certfolio.Interop.Exporting;
using Certfolio.Interop.JsonResume;
using Certfolio.Interop.LinkedIn;
using Certfolio.Interop.OpenBadges;
using Certfolio.Interop.SchemaOrg;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.Exporting;

public sealed class ExporterTests
{
    private const string Config = "owner:\n  name: Jane Doe\nbaseUrl: https://jane.example/\n";
    private static readonly ExportOptions Options = new(TestData.Today);

    [Fact]
    public void Writes_the_reference_document_as_an_Open_Badges_3_credential_valid_against_the_official_schema()
    {
        // Given the reference portfolio
        using var folder = TempPortfolio.WithReference(Config);

        // When it is exported to Open Badges
        var file = Assert.Single(new OpenBadgesExporter().Export(folder.Load(), Options).Files);

        // Then the file is a valid AchievementCredential with every field in its place
        Assert.Equal("aws-devops-professional.json", file.Name);
        SchemaValidator.AssertOpenBadge(file.Content);
        var node = JsonNode.Parse(file.Content)!;
        Assert.Equal([OpenBadgesText.ContextV2, OpenBadgesText.ContextOb3], node["@context"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(["VerifiableCredential", "AchievementCredential"], node["type"]!.AsArray().Select(n => (string)n!));
        Assert.Equal("Amazon Web Services", (string?)node["issuer"]!["name"]);
        Assert.Equal("2024-08-15T00:00:00Z", (string?)node["validFrom"]);
        Assert.Equal("2024-08-15T00:00:00Z", (string?)node["awardedDate"]);
        Assert.Equal("2027-08-15T23:59:59Z", (string?)node["validUntil"]);
        var subject = node["credentialSubject"]!;
        Assert.Equal("https://jane.example/", (string?)subject["id"]);
        Assert.Equal("DOP-C02-789456", (string?)subject["licenseNumber"]);
        var achievement = subject["achievement"]!;
        Assert.Equal("Certification", (string?)achievement["achievementType"]);
        Assert.Equal(6, achievement["tag"]!.AsArray().Count);
        Assert.Equal("https://jane.example/logos/dop_icon.png", (string?)achievement["image"]!["id"]);
        Assert.Equal("https://www.credly.com/badges/example", (string?)node["evidence"]![0]!["id"]);
    }

    [Fact]
    public void The_schema_check_is_real_a_credential_without_validFrom_fails_it()
    {
        using var folder = TempPortfolio.WithReference(Config);
        var node = JsonNode.Parse(new OpenBadgesExporter().Export(folder.Load(), Options).Files[0].Content)!.AsObject();

        node.Remove("validFrom");

        Assert.False(SchemaValidator.IsValidOpenBadge(node.ToJsonString()));
    }

    [Fact]
    public void Derives_the_same_urn_uuid_identifiers_on_every_run()
    {
        using var folder = TempPortfolio.WithReference(Config);

        var first = new OpenBadgesExporter().Export(folder.Load(), Options).Files[0].Content;
        var second = new OpenBadgesExporter().Export(folder.Load(), Options).Files[0].Content;

        Assert.Equal(first, second);
        Assert.Matches("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", (string?)JsonNode.Parse(first)!["id"]);
    }

    [Fact]
    public void Makes_version_5_uuids_as_the_rfc_defines_them()
    {
        // The RFC 4122 appendix example: "www.example.com" in the DNS namespace.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        Assert.Equal(new Guid("2ed6657d-e927-568b-95e1-2665a8aea6a2"), DeterministicUuid.Create("www.example.com", dns));
    }

    [Fact]
    public void Falls_back_to_a_description_from_title_and_provider_and_warns_about_an_asset_logo_without_base_url()
    {
        using var folder = new TempPortfolio().With("certifications/cka.md", "---\ntitle: CKA\ndate: 01.02.2024\nprovider: CNCF\nlogo: https://example.com/cka.png\n---\n")
            .With("certifications/psm.md", "---\ntitle: PSM\ndate: 01.02.2020\nprovider: Scrum.org\nlogo: /logos/psm.png\nlevel: Professional\n---\n")
            .With("public/logos/psm.png", "png");

        var result = new OpenBadgesExporter().Export(folder.Load(), Options);

        foreach (var file in result.Files) SchemaValidator.AssertOpenBadge(file.Content);
        Assert.Equal("CKA, a certification by CNCF.", (string?)JsonNode.Parse(result.Files[0].Content)!["credentialSubject"]!["achievement"]!["description"]);
        // Each loss is at the key of the first credential that loses it.
        var logo = Assert.Single(result.Diagnostics, d => d.Descriptor == Descriptors.FieldNotExported && d.Message.Contains("'logo (an asset path without baseUrl)'", StringComparison.Ordinal));
        Assert.Equal(("certifications/psm.md", 5, 7), (logo.Location.FilePath, logo.Location.Line, logo.Location.Column));
        Assert.Contains(result.Diagnostics, d => d.Descriptor == Descriptors.FieldNotExported && d.Message.Contains("'level'", StringComparison.Ordinal));
    }

    [Fact]
    public void Writes_json_resume_certificates_with_iso_dates_and_extras_valid_against_the_schema()
    {
        using var folder = TempPortfolio.WithReference(Config);

        var result = new JsonResumeExporter().Export(folder.Load(), Options);

        var content = Assert.Single(result.Files).Content;
        SchemaValidator.AssertJsonResume(content);
        var certificate = JsonNode.Parse(content)!["certificates"]![0]!;
        Assert.Equal("AWS Certified DevOps Engineer - Professional", (string?)certificate["name"]);
        Assert.Equal("2024-08-15", (string?)certificate["date"]);
        Assert.Equal("Amazon Web Services", (string?)certificate["issuer"]);
        Assert.Equal("https://www.credly.com/badges/example", (string?)certificate["url"]);
        Assert.Equal("2027-08-15", (string?)certificate["expiryDate"]);
        Assert.Equal("DOP-C02-789456", (string?)certificate["credentialId"]);
        Assert.Equal(4, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal(Descriptors.FieldNotExported, d.Descriptor));
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'skills'", StringComparison.Ordinal));
    }

    [Fact]
    public void Merges_into_an_existing_resume_keeping_its_certificates_in_place_and_appending_new_ones()
    {
        // Given a resume with five certificates of its own, none of them the reference credential
        using var folder = TempPortfolio.WithReference(Config);
        var existing = TestData.Text("jsonresume/resume.json");

        // When the portfolio is merged into it
        var result = new JsonResumeExporter().Export(folder.Load(), Options with { MergeInto = new MergeTarget("resume.json", existing) });

        // Then every other key is as it was, the five stay first and unchanged, and the credential is appended
        var merged = JsonNode.Parse(result.Files[0].Content)!.AsObject();
        var original = JsonNode.Parse(existing)!.AsObject();
        Assert.Equal(original.Select(p => p.Key), merged.Select(p => p.Key));
        Assert.True(JsonNode.DeepEquals(original["work"], merged["work"]));
        Assert.True(JsonNode.DeepEquals(original["basics"], merged["basics"]));
        var before = original["certificates"]!.AsArray();
        var after = merged["certificates"]!.AsArray();
        Assert.Equal(before.Count + 1, after.Count);
        Assert.All(Enumerable.Range(0, before.Count), i => Assert.True(JsonNode.DeepEquals(before[i], after[i])));
        Assert.Equal("DOP-C02-789456", (string?)after[^1]!["credentialId"]);
    }

    [Fact]
    public void Merging_updates_a_known_certificate_where_it_stands_and_keeps_its_own_properties()
    {
        // Given a resume listing the reference credential second, with a property of the user's, by a shorter title
        using var folder = TempPortfolio.WithReference(Config);
        const string existing = """
            {"certificates": [
              {"name": "ITIL Foundation", "date": "2016", "issuer": "AXELOS"},
              {"highlight": true, "name": "DevOps Engineer - Professional", "credentialId": "DOP-C02-789456", "date": "2024-08"},
              {"name": "Zeta", "issuer": "Omega"}
            ]}
            """;

        // When the portfolio is merged into it
        var result = new JsonResumeExporter().Export(folder.Load(), Options with { MergeInto = new MergeTarget("resume.json", existing) });

        // Then the entry keeps its place, its key order and its own property, with Certfolio's values; nothing is added
        var certificates = JsonNode.Parse(result.Files[0].Content)!["certificates"]!.AsArray();
        Assert.Equal(["ITIL Foundation", "AWS Certified DevOps Engineer - Professional", "Zeta"], certificates.Select(c => (string?)c!["name"]));
        var updated = certificates[1]!.AsObject();
        Assert.Equal(["highlight", "name", "credentialId", "date", "issuer", "url", "expiryDate"], updated.Select(p => p.Key));
        Assert.True((bool)updated["highlight"]!);
        Assert.Equal("2024-08-15", (string?)updated["date"]);
    }

    [Fact]
    public void Merging_the_same_portfolio_twice_changes_nothing_the_second_time()
    {
        using var folder = TempPortfolio.WithReference(Config);
        var exporter = new JsonResumeExporter();
        var once = exporter.Export(folder.Load(), Options with { MergeInto = new MergeTarget("resume.json", TestData.Text("jsonresume/resume.json")) }).Files[0].Content;

        var twice = exporter.Export(folder.Load(), Options with { MergeInto = new MergeTarget("resume.json", once) }).Files[0].Content;

        Assert.Equal(once, twice);
    }

    [Fact]
    public void Refuses_to_merge_into_a_resume_that_is_not_json()
    {
        using var folder = TempPortfolio.WithReference(Config);

        var result = new JsonResumeExporter().Export(folder.Load(), Options with { MergeInto = new MergeTarget("resume.json", "{ not json") });

        Assert.Empty(result.Files);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(Descriptors.InvalidMergeTarget, problem.Descriptor);
        Assert.Equal(("resume.json", 1), (problem.Location.FilePath, problem.Location.Line));
    }

    [Fact]
    public void Writes_month_precise_dates_at_month_precision()
    {
        using var folder = new TempPortfolio().With("certifications/psm.md", "---\ntitle: PSM\ndate: \"01.05.2018\"\nprovider: Scrum.org\ndatePrecision: month\n---\n");

        var resume = JsonNode.Parse(new JsonResumeExporter().Export(folder.Load(), Options).Files[0].Content)!;
        var person = SchemaOrgWriter.ForPerson(folder.Load().Config, folder.Load().Credentials);

        Assert.Equal("2018-05", (string?)resume["certificates"]![0]!["date"]);
        Assert.Equal("2018-05", (string?)person["hasCredential"]![0]!["dateCreated"]);
    }

    [Fact]
    public void Writes_linkedins_columns_then_iso_dates_skills_level_and_the_status_on_the_day_given()
    {
        using var folder = TempPortfolio.WithReference(Config);

        var csv = new CsvExporter().Export(folder.Load(), Options).Files[0].Content;

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Name,Url,Authority,Started On,Finished On,License Number,Issued (ISO),Expires (ISO),Skills,Level,Status", lines[0]);
        Assert.Equal("AWS Certified DevOps Engineer - Professional,https://www.credly.com/badges/example,Amazon Web Services,Aug 2024,Aug 2027,DOP-C02-789456,2024-08-15,2027-08-15,AWS; DevOps; CI/CD; Infrastructure as Code; Monitoring; Security,Professional,active", lines[1]);
    }

    [Theory]
    [InlineData("2027-05-17", "expiring")]
    [InlineData("2027-08-15", "expiring")]
    [InlineData("2027-08-16", "expired")]
    public void Computes_the_status_column_from_the_pinned_day(string today, string status)
    {
        using var folder = TempPortfolio.WithReference(Config);

        var csv = new CsvExporter().Export(folder.Load(), new ExportOptions(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture))).Files[0].Content;

        Assert.EndsWith("," + status, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Builds_linkedins_add_to_profile_url_with_every_value_encoded()
    {
        using var folder = TempPortfolio.WithReference(Config);
        var credential = Assert.Single(folder.Load().Credentials);

        var url = LinkedInAddToProfile.UrlFor(credential);

        Assert.Equal("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=AWS%20Certified%20DevOps%20Engineer%20-%20Professional"
            + "&organizationName=Amazon%20Web%20Services&issueYear=2024&issueMonth=8&expirationYear=2027&expirationMonth=8"
            + "&certUrl=https%3A%2F%2Fwww.credly.com%2Fbadges%2Fexample&certId=DOP-C02-789456", url);
    }

    [Fact]
    public void Lists_one_add_to_profile_link_per_credential()
    {
        using var folder = TempPortfolio.WithReference(Config);

        var result = new LinkedInLinksExporter().Export(folder.Load(), Options);

        Assert.Equal("- AWS Certified DevOps Engineer - Professional\n  " + LinkedInAddToProfile.UrlFor(folder.Load().Credentials[0]) + "\n", result.Files[0].Content);
        Assert.Contains(result.Diagnostics, d => d.Descriptor == Descriptors.FieldNotExported && d.Message.Contains("day of the dates", StringComparison.Ordinal));
    }

    [Fact]
    public void Exports_json_ld_through_the_same_writer_the_site_uses()
    {
        using var folder = TempPortfolio.WithReference(Config);
        var portfolio = folder.Load();

        var content = new JsonLdExporter().Export(portfolio, Options).Files[0].Content;

        Assert.Equal(SchemaOrgWriter.Serialize(SchemaOrgWriter.ForPerson(portfolio.Config, portfolio.Credentials)) + "\n", content);
    }

    [Theory]
    [InlineData("jsonresume")]
    [InlineData("openbadges")]
    [InlineData("jsonld")]
    [InlineData("csv")]
    [InlineData("linkedin-links")]
    public void Takes_the_reference_document_through_every_format(string format)
    {
        using var folder = TempPortfolio.WithReference(Config);

        var result = Formats.Exporters.Find(format)!.Export(folder.Load(), Options);

        Assert.False(result.HasErrors);
        var content = Assert.Single(result.Files).Content;
        Assert.Contains("Amazon Web Services", content.Replace("%20", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        if (format == "openbadges") SchemaValidator.AssertOpenBadge(content);
        if (format == "jsonresume") SchemaValidator.AssertJsonResume(content);
        if (format == "jsonld") Assert.NotNull(JsonNode.Parse(content));
    }

    [Fact]
    public void Registers_every_format_once()
    {
        Assert.Equal(["jsonresume", "openbadges", "jsonld", "csv", "linkedin-links"], Formats.Exporters.All.Select(e => e.Format));
        Assert.Equal(["linkedin", "credly", "jsonresume", "openbadges", "hugo-academic"], Formats.Importers.All.Select(i => i.Format));
    }
}
