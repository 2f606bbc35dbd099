using Certfolio.Interop.Exporting;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.Exporting;

/// <summary>The reference document's export in every format, compared byte for byte with Golden/*.expected.txt.</summary>
public sealed class GoldenExportTests
{
    private const string Config = "owner:\n  name: Jane Doe\nbaseUrl: https://jane.example/\n";

    [Theory]
    [InlineData("jsonresume")]
    [InlineData("openbadges")]
    [InlineData("jsonld")]
    [InlineData("csv")]
    [InlineData("linkedin-links")]
    public void The_reference_export_matches_its_golden_file(string format)
    {
        // Given the reference portfolio on a pinned day
        using var folder = TempPortfolio.WithReference(Config);

        // When it is exported
        var result = Formats.Exporters.Find(format)!.Export(folder.Load(), new ExportOptions(TestData.Today));

        // Then the file and its warnings are exactly as reviewed
        var file = Assert.Single(result.Files);
        Golden.Verify("reference-" + format, $"== {file.Name}\n{file.Content}== warnings\n{string.Join("\n", result.Diagnostics)}\n");
    }
}
