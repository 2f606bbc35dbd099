using Certfolio.Core.Diagnostics;
using Certfolio.Interop.HugoAcademic;
using Certfolio.Interop.Importing;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.HugoAcademic;

public sealed class HugoAcademicImporterTests
{
    private static ImportReadResult Read(string fixture) => Assert.Single(new HugoAcademicImporter().Read([TestData.Input(fixture)]));

    [Theory]
    [InlineData("hugo/accomplishments.yaml.md")]
    [InlineData("hugo/accomplishments.toml.md")]
    public void Reads_the_items_of_the_accomplishments_widget(string fixture)
    {
        var result = Read(fixture);

        Assert.False(result.IsMalformed, string.Join("\n", result.Diagnostics));
        var coursera = result.Records[0];
        Assert.Equal("Neural Networks and Deep Learning", coursera.Title);
        Assert.Equal("Coursera", coursera.Provider);
        Assert.Equal(new DateOnly(2021, 1, 25), coursera.Issued);
        Assert.Null(coursera.Expires);
        Assert.Null(coursera.Description);
        Assert.Equal("https://www.coursera.org/account/accomplishments/certificate/ABC123", coursera.VerificationUrl);
        Assert.Equal(new KeyValuePair<string, string>(HugoAcademicImporter.CourseUrlKey, "https://www.coursera.org/learn/neural-networks-deep-learning"), Assert.Single(coursera.Extra));
        var edx = result.Records[1];
        Assert.Equal(new DateOnly(2024, 11, 30), edx.Expires);
        Assert.StartsWith("Formulated informed blockchain models", edx.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Repairs_mojibake_in_titles_with_a_warning()
    {
        var result = Read("hugo/accomplishments.yaml.md");

        Assert.Equal("Blockchain Fundamentals – Part 1", result.Records[1].Title);
        Assert.Contains(result.Diagnostics, d => d.Is(Descriptors.TextRepaired, "item[1].title"));
    }

    [Fact]
    public void Skips_an_item_without_organization_and_points_at_it()
    {
        var result = Read("hugo/accomplishments.yaml.md");

        Assert.Equal(2, result.Records.Count);
        Assert.Contains(result.Diagnostics, d => d.Is(Descriptors.RecordWithoutProvider, "item[2].organization"));
    }

    [Fact]
    public void Refuses_a_page_whose_item_is_not_a_list()
    {
        var result = Read(new ImportInput("accomplishments.md", "---\nitem: nope\n---\n"));

        Assert.True(result.IsMalformed);
        var problem = Assert.Single(result.Diagnostics);
        Assert.True(problem.Is(Descriptors.WrongInputShape, "item"), problem.ToString());
        Assert.Equal(2, problem.Location.Line);
    }

    private static ImportReadResult Read(ImportInput input) => Assert.Single(new HugoAcademicImporter().Read([input]));
}
