using Certfolio.Core.Diagnostics;
using Certfolio.Interop.Importing;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.Importing;

/// <summary>
/// A file with nothing in it to import (a LinkedIn export of the header alone, <c>"certificates": []</c>, Credly's
/// badges.json of someone without public badges, an empty Hugo list) says so at its place, as a resume with neither
/// section does (CF0706), and the import fails: "0 created" alone read as success (issue 13).
/// </summary>
public sealed class EmptyInputTests
{
    public static TheoryData<string, string, string, string, int> Files => new()
    {
        { "linkedin", "Certifications.csv", "\uFEFFName,Url,Authority,Started On,Finished On,License Number\r\n", "row 1: the file has no rows below the header", 1 },
        { "jsonresume", "resume.json", "{\n  \"basics\": {\"name\": \"Jane\"},\n  \"certificates\": []\n}", "$.certificates: the file has no certificates (nor awards)", 3 },
        { "jsonresume", "resume.json", "{\n  \"certificates\": [],\n  \"awards\": [{\"title\": \"T\", \"awarder\": \"A\", \"date\": \"2020\"}]\n}", "$.certificates: the file has no certificates, only 1 award(s)", 2 },
        { "credly", "badges.json", "{\"data\": [],\n \"metadata\": {\"count\": 0, \"current_page\": 1, \"total_count\": 0, \"total_pages\": 1}}", "$.data: the file has no badges", 1 },
        { "hugo-academic", "accomplishments.md", "---\nwidget: accomplishments\nitem: []\n---\n", "item: the file has no accomplishments", 3 },
        { "hugo-academic", "accomplishments.md", "---\nwidget: accomplishments\nitem:\n---\n", "item: the file has no accomplishments", 3 },
        { "openbadges", "badges.json", "[\n]", "$: the file has no badges or credentials", 1 },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_with_nothing_to_import_says_so_and_fails(string format, string name, string text, string message, int line)
    {
        using var folder = new TempPortfolio();

        var report = new ImportService().Run(folder.Root, Formats.Importers.Find(format)!, [new ImportInput(name, text)], new ImportOptions());

        var problem = Assert.Single(report.Diagnostics);
        Assert.Equal(Descriptors.NothingToImport, problem.Descriptor);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(line, problem.Location.Line);
        Assert.True(report.HasProblems);
    }

    [Fact]
    public void Badge_classes_and_issuers_given_beside_an_assertion_are_not_empty_files()
    {
        using var folder = new TempPortfolio();
        var inputs = new[] { "openbadges/robotics-assertion.json", "openbadges/robotics-badge.json", "openbadges/organization.json" }.Select(Corpus.CorpusImport.Input).ToArray();

        var report = new ImportService().Run(folder.Root, Formats.Importers.Find("openbadges")!, inputs, new ImportOptions());

        Assert.Empty(report.Diagnostics);
        Assert.Equal(1, report.Count(ImportActionKind.Created));
    }
}
