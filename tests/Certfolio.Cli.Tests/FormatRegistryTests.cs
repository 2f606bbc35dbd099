using Certfolio.Cli.Commands;
using Certfolio.Interop;

namespace Certfolio.Cli.Tests;

/// <summary>The CLI takes its import and export formats from Interop's one registration (<see cref="Formats"/>).</summary>
public sealed class FormatRegistryTests
{
    public static TheoryData<string> ImportFormats() => new(Formats.Importers.All.Select(i => i.Format));

    public static TheoryData<string> ExportFormats() => new(Formats.Exporters.All.Select(e => e.Format));

    [Theory]
    [MemberData(nameof(ImportFormats))]
    public void A_registered_importer_is_accepted_by_import_and_named_in_its_help(string format)
    {
        // Given an input file and a portfolio folder
        var folder = TempPortfolio.With();
        var input = Path.Combine(folder, "input.txt");
        File.WriteAllText(input, "");

        // When --from names the registered format, and import's help is asked for
        var validation = new ImportSettings { From = format, Files = [input], Into = folder }.Validate();
        var help = CliRunner.Run("import", "--help");
        var overview = CliRunner.Run("--help");

        // Then the format is accepted, listed under --from, and its title is in the command's description
        Assert.True(validation.Successful, validation.Message);
        Assert.Contains(format, help.Output, StringComparison.Ordinal);
        Assert.Contains(Formats.Importers.Find(format)!.Title, overview.Output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ExportFormats))]
    public void A_registered_exporter_is_accepted_by_export_and_named_in_its_help(string format)
    {
        var folder = TempPortfolio.With();

        var validation = new ExportSettings { To = format, Path = folder, Output = Path.Combine(folder, "out") }.Validate();
        var help = CliRunner.Run("export", "--help");
        var overview = CliRunner.Run("--help");

        Assert.True(validation.Successful, validation.Message);
        Assert.Contains(format, help.Output, StringComparison.Ordinal);
        Assert.Contains(Formats.Exporters.Find(format)!.Title, overview.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mistyped_format_is_refused_with_the_one_it_meant()
    {
        var folder = TempPortfolio.With();
        var input = Path.Combine(folder, "Certifications.csv");
        File.WriteAllText(input, "");

        var import = new ImportSettings { From = "linkdin", Files = [input], Into = folder }.Validate();
        var export = new ExportSettings { To = "jsonresum", Path = folder }.Validate();

        Assert.False(import.Successful);
        Assert.Contains("did you mean 'linkedin'?", import.Message, StringComparison.Ordinal);
        Assert.Contains(Formats.Importers.Names, import.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'jsonresume'?", export.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Into_is_refused_for_a_format_that_cannot_merge()
    {
        var folder = TempPortfolio.With();
        var resume = Path.Combine(folder, "resume.json");
        File.WriteAllText(resume, "{}");
        var merging = Formats.Exporters.All.First(e => e.MergesInto);
        var other = Formats.Exporters.All.First(e => !e.MergesInto && !e.WritesFolder);

        Assert.True(new ExportSettings { To = merging.Format, Path = folder, Into = resume }.Validate().Successful);
        Assert.False(new ExportSettings { To = other.Format, Path = folder, Into = resume }.Validate().Successful);
    }
}
