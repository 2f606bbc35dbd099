using Certfolio.Core.Diagnostics;
using Certfolio.Interop.Credly;
using Certfolio.Interop.Exporting;
using Certfolio.Interop.Importing;
using Certfolio.Interop.JsonResume;
using Certfolio.Interop.OpenBadges;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.Json;

/// <summary>
/// JSON may escape half of a character (<c>"\ud83d"</c>, a lone UTF-16 surrogate: an emoji cut in two by a tool that
/// counted code units). System.Text.Json parses it and then throws when the string is read, so every JSON file an
/// import or a merge reads is looked at first: the file gets one positioned error, never an exception.
/// </summary>
public sealed class LoneSurrogateTests
{
    public static TheoryData<string, string> Files => new()
    {
        { "credly", "{\"data\":[{\"id\":\"1\",\"issued_at_date\":\"2023-01-01\",\n\"badge_template\":{\"name\":\"AWS 認定 \\ud83d\"},\"issuer\":{\"entities\":[{\"entity\":{\"name\":\"AWS\"}}]}}]}" },
        { "jsonresume", "{\"certificates\":[\n{\"name\":\"CKA \\ud83d\",\"issuer\":\"CNCF\",\"date\":\"2020\"}]}" },
        { "openbadges", "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Assertion\",\"id\":\"https://x.example/a\",\"issuedOn\":\"2020-01-01\",\n\"badge\":{\"type\":\"BadgeClass\",\"name\":\"\\udc00 B\",\"issuer\":{\"name\":\"I\"}}}" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void An_escaped_half_character_is_a_positioned_error_not_an_exception(string format, string json)
    {
        // Given a file of the format whose second line holds a lone surrogate escape
        using var folder = new TempPortfolio();
        var importer = Formats.Importers.Find(format)!;

        // When it is recognised and imported
        var recognised = ImportFormatDetection.Recognise(Formats.Importers, new ImportInput("x.json", json));
        var report = new ImportService().Run(folder.Root, importer, [new ImportInput("x.json", json)], new ImportOptions());

        // Then the format is still told, and the file is one error at the escape, with nothing written
        Assert.Same(importer, recognised);
        var problem = Assert.Single(report.Diagnostics);
        Assert.Equal(Descriptors.InvalidJson, problem.Descriptor);
        Assert.Equal(2, problem.Location.Line);
        Assert.Contains("lone surrogate", problem.Message, StringComparison.Ordinal);
        Assert.Empty(folder.Load().Credentials);
    }

    [Fact]
    public void A_resume_to_merge_into_with_an_escaped_half_character_is_refused_at_the_escape()
    {
        using var folder = TempPortfolio.WithReference();
        const string resume = "{\"basics\": {\"name\": \"Jane\"},\n \"certificates\": [{\"name\": \"\\ud83d x\"}]}";

        var result = new JsonResumeExporter().Export(folder.Load(), new ExportOptions(TestData.Today) { MergeInto = new MergeTarget("resume.json", resume) });

        Assert.Empty(result.Files);
        var problem = Assert.Single(result.Diagnostics);
        Assert.Equal(Descriptors.InvalidMergeTarget, problem.Descriptor);
        Assert.Equal(("resume.json", 2, 29), (problem.Location.FilePath, problem.Location.Line, problem.Location.Column));
    }

    [Fact]
    public void An_existing_output_with_an_escaped_half_character_is_not_taken_for_certfolios_own()
    {
        const string existing = "{\"certificates\": [{\"name\": \"\\ud83d\"}]}";

        Assert.False(CertfolioOutputs.IsJsonResumeExport(existing));
        Assert.False(CertfolioOutputs.IsJsonLdExport(existing));
    }
}
