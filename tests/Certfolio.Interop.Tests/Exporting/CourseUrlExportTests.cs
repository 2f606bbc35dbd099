using System.Text.Json.Nodes;
using Certfolio.Core.Diagnostics;
using Certfolio.Interop.Exporting;
using Certfolio.Interop.Importing;
using Certfolio.Interop.JsonResume;
using Certfolio.Interop.OpenBadges;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.Exporting;

/// <summary>
/// <c>courseUrl</c> (Hugo Academic's item <c>url</c>) goes where a format has a place for it and is listed as lost
/// where it has none; the loss report says each field once per format.
/// </summary>
public sealed class CourseUrlExportTests
{
    private const string Config = "owner:\n  name: Jane Doe\nbaseUrl: https://jane.example/\n";
    private static readonly ExportOptions Options = new(TestData.Today);

    // Imported from Hugo Academic: a course page and no verification URL.
    private const string Course =
        "---\ntitle: \"Machine Learning\"\ndate: \"01.03.2020\"\nprovider: \"Coursera\"\ncourseUrl: \"https://www.coursera.org/learn/machine-learning\"\n---\n";

    // Both a verification URL and a course page.
    private const string Both =
        "---\ntitle: \"Deep Learning\"\ndate: \"01.04.2021\"\nprovider: \"Coursera\"\nverificationUrl: \"https://coursera.org/verify/ABC\"\ncourseUrl: \"https://www.coursera.org/specializations/deep-learning\"\n---\n";

    [Fact]
    public void Open_Badges_carries_the_course_page_as_the_achievement_criteria_id()
    {
        using var folder = new TempPortfolio().With("certfolio.yaml", Config).With("certifications/ml.md", Course);

        var file = Assert.Single(new OpenBadgesExporter().Export(folder.Load(), Options).Files);

        var criteria = JsonNode.Parse(file.Content)!["credentialSubject"]!["achievement"]!["criteria"]!;
        Assert.Equal("https://www.coursera.org/learn/machine-learning", (string?)criteria["id"]);
        Assert.NotNull((string?)criteria["narrative"]);
        SchemaValidator.AssertOpenBadge(file.Content);
    }

    [Fact]
    public void JSON_Resume_uses_the_course_page_as_url_only_when_there_is_no_verification_url()
    {
        using var folder = new TempPortfolio().With("certfolio.yaml", Config).With("certifications/ml.md", Course).With("certifications/dl.md", Both);

        var result = new JsonResumeExporter().Export(folder.Load(), Options);

        var certificates = JsonNode.Parse(result.Files[0].Content)!["certificates"]!.AsArray();
        Assert.Equal("https://www.coursera.org/learn/machine-learning", (string?)certificates.Single(c => (string?)c!["name"] == "Machine Learning")!["url"]);
        Assert.Equal("https://coursera.org/verify/ABC", (string?)certificates.Single(c => (string?)c!["name"] == "Deep Learning")!["url"]);
        var lost = Assert.Single(result.Diagnostics, d => d.Message.Contains("'courseUrl'", StringComparison.Ordinal));
        Assert.Contains("1 credential(s) (dl)", lost.Message);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("jsonld")]
    [InlineData("linkedin-links")]
    public void Formats_without_a_place_for_it_list_it_once_as_lost(string format)
    {
        using var folder = new TempPortfolio().With("certfolio.yaml", Config).With("certifications/ml.md", Course).With("certifications/dl.md", Both);

        var result = Formats.Exporters.Find(format)!.Export(folder.Load(), Options);

        var lost = Assert.Single(result.Diagnostics, d => d.Message.Contains("'courseUrl'", StringComparison.Ordinal));
        Assert.Equal(Descriptors.FieldNotExported, lost.Descriptor);
        Assert.Contains("all 2 credentials", lost.Message);
    }

    [Fact]
    public void A_date_widened_to_the_day_is_said_once_for_the_format_not_per_credential()
    {
        // Given two credentials known to the month
        using var folder = new TempPortfolio().With("certfolio.yaml", Config)
            .With("certifications/a.md", "---\ntitle: A\ndate: \"01.05.2018\"\nprovider: P\ndatePrecision: month\n---\n")
            .With("certifications/b.md", "---\ntitle: B\ndate: \"01.06.2019\"\nprovider: P\ndatePrecision: month\n---\n");

        // When exported to Open Badges, which needs a day
        var result = new OpenBadgesExporter().Export(folder.Load(), Options);

        // Then one line says so
        Assert.Single(result.Diagnostics, d => d.Descriptor == Descriptors.DateWidenedToDay);
    }

    [Fact]
    public void Round_trip_JSON_Resume_brings_the_course_page_back_as_the_verification_url()
    {
        // Given a credential with only a course page, exported to JSON Resume
        using var source = new TempPortfolio().With("certfolio.yaml", Config).With("certifications/ml.md", Course);
        var exported = new JsonResumeExporter().Export(source.Load(), Options);

        // When imported into an empty portfolio
        using var target = new TempPortfolio();
        new ImportService().Run(target.Root, new JsonResumeImporter(), exported.Files.Select(f => new ImportInput(f.Name, f.Content)).ToArray(), new ImportOptions());

        // Then JSON Resume's one url comes back as the credential's link (docs/interop.md says so)
        var credential = Assert.Single(target.Load().Credentials);
        Assert.Equal("https://www.coursera.org/learn/machine-learning", credential.VerificationUrl);
    }

    [Fact]
    public void Round_trip_Open_Badges_does_not_bring_the_course_page_back()
    {
        using var source = new TempPortfolio().With("certfolio.yaml", Config).With("certifications/ml.md", Course);
        var exported = new OpenBadgesExporter().Export(source.Load(), Options);

        using var target = new TempPortfolio();
        new ImportService().Run(target.Root, new OpenBadgesImporter(), exported.Files.Select(f => new ImportInput(f.Name, f.Content)).ToArray(), new ImportOptions());

        // The importer does not read achievement.criteria.id (docs/interop.md lists it); title, provider and date survive
        var credential = Assert.Single(target.Load().Credentials);
        Assert.Equal(("Machine Learning", "Coursera", new DateOnly(2020, 3, 1)), (credential.Title, credential.Provider, credential.Issued));
        Assert.False(credential.Extra.ContainsKey(CourseUrl.Key));
    }
}
