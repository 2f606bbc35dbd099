using System.Globalization;
using Certfolio.Interop.Csv;
using Certfolio.Interop.Exporting;
using Certfolio.Interop.Importing;
using Certfolio.Interop.LinkedIn;
using Certfolio.Interop.Tests.Support;
using CsvHelper;

namespace Certfolio.Interop.Tests.Exporting;

/// <summary>A cell a spreadsheet would run as a formula is written as text (OWASP CSV injection).</summary>
public sealed class CsvInjectionTests
{
    public static TheoryData<string> Formulas() => new()
    {
        "=cmd|' /C calc'!A0",
        "+HYPERLINK(\"https://evil.example\")",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        // A title cannot start with CR: check refuses control characters other than tab (CF0125).
    };

    [Theory]
    [MemberData(nameof(Formulas))]
    public void A_formula_like_title_is_exported_as_quoted_text_and_imported_back_unchanged(string title)
    {
        // Given a credential whose title a spreadsheet would run
        using var folder = new TempPortfolio().With("certifications/x.md",
            $"---\ntitle: \"{title.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\t", "\\t").Replace("\r", "\\r")}\"\ndate: 2024-01-01\nprovider: \"=1+1\"\n---\n");

        // When it is exported as CSV
        var csv = new CsvExporter().Export(folder.Load(), new ExportOptions(new DateOnly(2026, 12, 4))).Files[0].Content;

        // Then the cells start with a single quote (text, not a formula) and the import reads the values back
        var cells = Cells(csv);
        Assert.Equal("'" + title, cells["Name"]);
        Assert.Equal("'=1+1", cells["Authority"]);
        var imported = Assert.Single(Assert.Single(new LinkedInCsvImporter().Read([new ImportInput("certifications.csv", csv)])).Records);
        Assert.Equal(title.Trim(), imported.Title);
        Assert.Equal("=1+1", imported.Provider);
    }

    [Fact]
    public void Ordinary_cells_are_left_as_they_are()
    {
        // When an ordinary value is unescaped, or one that only starts with a quote
        // Then nothing changes
        Assert.Equal("'quoted", CsvInjection.Unescape("'quoted"));
        Assert.Equal("CKA", CsvInjection.Unescape("CKA"));
    }

    private static Dictionary<string, string> Cells(string csv)
    {
        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        reader.Read();
        return reader.HeaderRecord!.ToDictionary(h => h, h => reader.GetField(h)!);
    }
}
