using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;
using Certfolio.Interop.Credly;
using Certfolio.Interop.Importing;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.Credly;

public sealed class CredlyImporterTests
{
    [Fact]
    public void Reads_all_sixty_badges_of_a_two_page_export()
    {
        // Given both pages of a paged export (48 + 12 badges)
        var inputs = new[] { TestData.Input("credly/badges-page1.json"), TestData.Input("credly/badges-page2.json") };

        // When they are read together
        var results = new CredlyImporter().Read(inputs);

        // Then every badge is there, once, without complaint
        var records = results.SelectMany(r => r.Records).ToArray();
        Assert.Equal(60, records.Length);
        Assert.Equal(60, records.Select(r => r.VerificationUrl).Distinct().Count());
        Assert.Empty(results.SelectMany(r => r.Diagnostics));
    }

    [Fact]
    public void Carries_over_skills_level_description_verification_url_and_logo()
    {
        var record = new CredlyImporter().Read([TestData.Input("credly/badges-page1.json")]).SelectMany(r => r.Records).First();

        Assert.Equal("Example Certified Badge 01", record.Title);
        Assert.Equal("Example Cloud", record.Provider);
        Assert.Equal(new DateOnly(2023, 1, 1), record.Issued);
        Assert.Null(record.Expires);
        Assert.Equal(["Cloud", "Skill 1"], record.Skills);
        Assert.Equal("Foundational", record.Level);
        Assert.Equal("Earners of badge 1 can do thing 1.", record.Description);
        Assert.Equal("https://www.credly.com/badges/0b1c2d3e-0000-4000-8000-000000000001", record.VerificationUrl);
        Assert.Equal("https://images.credly.com/images/1/image.png", record.Logo);
    }

    [Fact]
    public void Warns_when_a_page_of_the_export_is_missing()
    {
        var results = new CredlyImporter().Read([TestData.Input("credly/badges-page1.json")]);

        Assert.Equal(48, results.Sum(r => r.Records.Count));
        var missing = Assert.Single(results.SelectMany(r => r.Diagnostics));
        Assert.True(missing.Is(Descriptors.PagesMissing, "$.metadata.total_pages"), missing.ToString());
        Assert.Equal("badges-page1.json", missing.Location.FilePath);
        Assert.Contains("page(s) 2", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_json_of_the_wrong_shape_with_its_path()
    {
        var result = Assert.Single(new CredlyImporter().Read([TestData.Input("credly/wrong-shape.json")]));

        Assert.True(result.IsMalformed);
        var problem = Assert.Single(result.Diagnostics);
        Assert.True(problem.Is(Descriptors.WrongInputShape, "$.data"), problem.ToString());
        Assert.Equal("wrong-shape.json", problem.Location.FilePath);
    }

    [Fact]
    public void Points_at_the_line_of_broken_json()
    {
        var result = Assert.Single(new CredlyImporter().Read([new ImportInput("badges.json", "{\n  \"data\": [\n    {,\n  ]\n}")]));

        Assert.True(result.IsMalformed);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(Descriptors.InvalidJson, problem.Descriptor);
        Assert.Equal(("badges.json", 3), (problem.Location.FilePath, problem.Location.Line));
    }

    [Fact]
    public void Skips_a_badge_without_a_name_and_keeps_the_others()
    {
        var json = """{"data":[{"issued_at_date":"2023-01-01","badge_template":{},"issuer":{"entities":[{"entity":{"name":"X"}}]}},{"id":"b","issued_at_date":"2023-01-01","badge_template":{"name":"Good"},"issuer":{"entities":[{"entity":{"name":"X"}}]}}]}""";

        var result = Assert.Single(new CredlyImporter().Read([new ImportInput("badges.json", json)]));

        Assert.Equal("Good", Assert.Single(result.Records).Title);
        // The name is missing, so the diagnostic points at the template that lacks it.
        var problem = Assert.Single(result.Diagnostics);
        Assert.True(problem.Is(Descriptors.RecordWithoutTitle, "$.data[0].badge_template.name"), problem.ToString());
        Assert.Equal(new SourceLocation("badges.json", 1, json.IndexOf("{}", StringComparison.Ordinal) + 1), problem.Location);
    }
}
