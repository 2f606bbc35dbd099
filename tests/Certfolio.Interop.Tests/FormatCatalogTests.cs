namespace Certfolio.Interop.Tests;

public sealed class FormatCatalogTests
{
    [Fact]
    public void Registers_every_format_once_with_a_title()
    {
        Assert.Equal(Formats.Importers.All.Count, Formats.Importers.All.Select(i => i.Format).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(Formats.Exporters.All.Count, Formats.Exporters.All.Select(e => e.Format).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(Formats.Importers.All, i => Assert.NotEmpty(i.Title));
        Assert.All(Formats.Exporters.All, e => Assert.NotEmpty(e.Title));
    }

    [Fact]
    public void Finds_a_format_by_name_ignoring_case()
    {
        Assert.Same(Formats.Importers.All[0], Formats.Importers.Find(Formats.Importers.All[0].Format.ToUpperInvariant()));
        Assert.Null(Formats.Importers.Find("myspace"));
    }

    [Theory]
    [InlineData("linkdin", "linkedin")]
    [InlineData("jsonresumee", "jsonresume")]
    [InlineData("opnebadges", "openbadges")]
    [InlineData("myspace", null)]
    [InlineData("x", null)]
    public void Suggests_the_importer_a_typo_meant(string typed, string? meant)
    {
        Assert.Equal(meant, Formats.Importers.Nearest(typed));
    }

    [Fact]
    public void Lists_names_and_titles_as_a_choice()
    {
        Assert.EndsWith($", {Formats.Exporters.All[^2].Format} or {Formats.Exporters.All[^1].Format}", Formats.Exporters.NamesAsChoice, StringComparison.Ordinal);
        Assert.StartsWith(Formats.Exporters.All[0].Title + ", ", Formats.Exporters.TitlesAsChoice, StringComparison.Ordinal);
    }
}
