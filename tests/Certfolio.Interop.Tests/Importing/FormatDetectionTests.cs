using Certfolio.Core.Diagnostics;
using Certfolio.Interop.Importing;
using Certfolio.Interop.JsonResume;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.Importing;

/// <summary>import tells the formats apart by content, so a file that says what it is needs no --from.</summary>
public sealed class FormatDetectionTests
{
    private static ImportInput Corpus(string relative) => Tests.Corpus.CorpusImport.Input(relative);

    [Theory]
    [InlineData("linkedin/Certifications.csv", "linkedin")]
    [InlineData("credly/badges.json", "credly")]
    [InlineData("jsonresume/resume.json", "jsonresume")]
    [InlineData("jsonresume/resume-awards-only.json", "jsonresume")]
    [InlineData("openbadges/ob3-credential.json", "openbadges")]
    [InlineData("openbadges/robotics-assertion.json", "openbadges")]
    [InlineData("openbadges/robotics-badge.json", "openbadges")]
    [InlineData("openbadges/organization.json", "openbadges")]
    [InlineData("openbadges/credly-assertion.json", "openbadges")]
    [InlineData("openbadges/credly-badge-class.json", "openbadges")]
    [InlineData("hugo-academic/accomplishments.toml.md", "hugo-academic")]
    [InlineData("hugo-academic/accomplishments.yaml.md", "hugo-academic")]
    [InlineData("hugo-academic/accomplishments-windows.toml.md", "hugo-academic")]
    [InlineData("hugoblox/accomplishments.md", "hugo-academic")]
    [InlineData("hugoblox/_index.md", "hugo-academic")]
    public void Recognises_each_corpus_file_as_its_format(string file, string format)
    {
        // Given a real export of a format
        var input = Corpus(file);

        // When its format is recognised
        var importer = ImportFormatDetection.Recognise(Formats.Importers, input);

        // Then it is that format
        Assert.Equal(format, importer?.Format);
    }

    [Theory]
    [InlineData("openbadges/ob2-badge-url.json", "openbadges")]
    [InlineData("openbadges/ob3-validfrom.json", "openbadges")]
    [InlineData("credly/badges-page2.json", "credly")]
    public void Recognises_the_test_data_of_each_format(string file, string format) =>
        Assert.Equal(format, ImportFormatDetection.Recognise(Formats.Importers, TestData.Input(file))?.Format);

    [Theory]
    [InlineData("notes.txt", "just some notes\n")]
    [InlineData("data.json", """{"items": []}""")]
    [InlineData("Certifications.csv", "Title,Link,Issuer,Date\nCKA,https://example.com,CNCF,2023-10-01\n")]
    [InlineData("broken.json", """{"certificates": [""")]
    public void Recognises_nothing_in_a_file_of_no_format_it_reads(string name, string text) =>
        Assert.Null(ImportFormatDetection.Recognise(Formats.Importers, new ImportInput(name, text)));

    [Fact]
    public void Without_from_the_format_of_the_files_is_taken_and_said_to_be_detected()
    {
        // Given a LinkedIn export
        var inputs = new[] { Corpus("linkedin/Certifications.csv") };

        // When the importer is chosen without --from
        var detection = ImportFormatDetection.Choose(Formats.Importers, inputs, named: null);

        // Then it is LinkedIn's, detected, with every input to read and no problem
        Assert.Equal("linkedin", detection.Importer?.Format);
        Assert.Equal("LinkedIn CSV", detection.Importer?.InputTitle);
        Assert.True(detection.Detected);
        Assert.Equal(inputs, detection.Inputs);
        Assert.Empty(detection.Problems);
    }

    [Fact]
    public void A_csv_given_with_from_jsonresume_is_set_aside_with_the_from_to_use_not_a_json_parsers_message()
    {
        // Given a LinkedIn CSV and --from jsonresume
        var csv = Corpus("linkedin/Certifications.csv");

        // When the importer is chosen
        var detection = ImportFormatDetection.Choose(Formats.Importers, [csv], Formats.Importers.Find("jsonresume"));

        // Then the named importer stands, the CSV is not read, and CF0709 says what it looks like and which --from to use
        Assert.IsType<JsonResumeImporter>(detection.Importer);
        Assert.False(detection.Detected);
        Assert.Empty(detection.Inputs);
        var problem = Assert.Single(detection.Problems);
        Assert.Equal(Descriptors.InputOfAnotherFormat, problem.Descriptor);
        Assert.Equal("Certifications.csv:1:1: error CF0709: this looks like a LinkedIn CSV, not a JSON Resume; use --from linkedin; nothing was read from it", problem.ToString());
    }

    [Fact]
    public void From_overrides_detection_for_a_file_the_named_format_reads()
    {
        // Given an Open Badges assertion, which no other format claims, and a file no format recognises
        var assertion = Corpus("openbadges/robotics-assertion.json");
        var unknown = new ImportInput("data.json", """{"items": []}""");

        // When --from openbadges names the format
        var detection = ImportFormatDetection.Choose(Formats.Importers, [assertion, unknown], Formats.Importers.Find("openbadges"));

        // Then both are read by it: a file recognised as nothing else is the named format's to judge
        Assert.Equal("openbadges", detection.Importer?.Format);
        Assert.Equal([assertion, unknown], detection.Inputs);
        Assert.Empty(detection.Problems);
    }

    [Theory]
    [InlineData("---\nwidget: accomplishments\nitem:\n  - title: \"Unclosed\n    organization: X\n---\n", 4)]
    [InlineData("+++\nwidget = \"accomplishments\"\n[[item]]\n  title = \"A\n+++\n", 4)]
    [InlineData("---\nsections:\n  - block: accomplishments\n    content:\n      items:\n        - title: 'x\n---\n", 6)]
    public void A_hugo_page_whose_front_matter_does_not_parse_is_still_hugo_and_import_says_where(string page, int line)
    {
        // Given an accomplishments page with a syntax error
        using var folder = new TempPortfolio();
        var input = new ImportInput("accomplishments.md", page);

        // When it is imported without --from
        var detection = ImportFormatDetection.Choose(Formats.Importers, [input], named: null);
        var report = new ImportService().Run(folder.Root, detection.Importer!, detection.Inputs, new ImportOptions());

        // Then it is taken for Hugo Academic (not CF0700, "no format"), and the parser's error points at the line
        Assert.Equal("hugo-academic", detection.Importer?.Format);
        Assert.Equal(line, Assert.Single(report.Diagnostics).Location.Line);
    }

    [Fact]
    public void Without_from_a_file_no_format_recognises_is_CF0700_and_nothing_is_chosen()
    {
        // Given a text file
        var input = new ImportInput("notes.txt", "just some notes\n");

        // When the importer is chosen without --from
        var detection = ImportFormatDetection.Choose(Formats.Importers, [input], named: null);

        // Then none is, and CF0700 lists the formats to name with --from
        Assert.Null(detection.Importer);
        var problem = Assert.Single(detection.Problems);
        Assert.Equal(Descriptors.FormatNotRecognised, problem.Descriptor);
        Assert.Contains("--from (linkedin,", problem.Message, StringComparison.Ordinal);
    }
}
