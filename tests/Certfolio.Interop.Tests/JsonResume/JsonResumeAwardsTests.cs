using Certfolio.Core.Diagnostics;
using Certfolio.Interop.Importing;
using Certfolio.Interop.JsonResume;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.JsonResume;

/// <summary>Older resumes list certifications under <c>awards</c>; <c>certificates</c> came later.</summary>
public sealed class JsonResumeAwardsTests
{
    private const string AwardsOnly = """
        {
          "basics": {"name": "Richard Hendriks"},
          "awards": [
            {"title": "Oracle Certified Professional, Java SE 8 Programmer", "date": "2017-03", "awarder": "Oracle", "summary": "1Z0-809"},
            {"title": "Best Paper Award", "date": "2019-06-12", "awarder": "ACM SIGMOD"},
            {"title": "Dean's List", "date": "2014"}
          ]
        }
        """;

    private static ImportReadResult Read(string json, bool includeAwards) =>
        Assert.Single(new JsonResumeImporter().Read([new ImportInput("resume.json", json)], new ImportOptions { IncludeAwards = includeAwards }));

    [Fact]
    public void A_resume_with_only_awards_says_how_many_and_how_to_import_them_and_fails()
    {
        var result = Read(AwardsOnly, includeAwards: false);

        Assert.Empty(result.Records);
        var problem = Assert.Single(result.Diagnostics);
        Assert.True(problem.Is(Descriptors.NothingToImport, "$.certificates"), problem.ToString());
        Assert.Equal(Severity.Error, problem.Severity);
        Assert.Contains("3 award(s)", problem.Message, StringComparison.Ordinal);
        Assert.Contains("--include-awards", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_include_awards_each_award_becomes_a_credential()
    {
        var result = Read(AwardsOnly, includeAwards: true);

        Assert.Equal(2, result.Records.Count);
        var oracle = result.Records[0];
        Assert.Equal("Oracle Certified Professional, Java SE 8 Programmer", oracle.Title);
        Assert.Equal("Oracle", oracle.Provider);
        Assert.Equal(new DateOnly(2017, 3, 1), oracle.Issued);
        Assert.Equal(DatePrecision.Month, oracle.Precision);
        Assert.Equal("1Z0-809", oracle.Description);
        Assert.Equal("resume.json $.awards[0]", oracle.Source);
        Assert.Equal(("Best Paper Award", "ACM SIGMOD", new DateOnly(2019, 6, 12)), (result.Records[1].Title, result.Records[1].Provider, result.Records[1].Issued));
        // The award without an awarder has no provider, and a credential needs one.
        Assert.Single(result.Diagnostics, d => d.Is(Descriptors.RecordWithoutProvider, "$.awards[2].awarder"));
    }

    [Fact]
    public void Certificates_import_and_the_awards_beside_them_are_counted_with_a_hint()
    {
        var json = """{"certificates":[{"name":"CKA","date":"2023-10","issuer":"The Linux Foundation"}],"awards":[{"title":"Employee of the Year","date":"2020","awarder":"Initech"}]}""";

        var result = Read(json, includeAwards: false);

        Assert.Single(result.Records);
        var hint = Assert.Single(result.Diagnostics);
        Assert.True(hint.Is(Descriptors.AwardsNotImported, "$.awards"), hint.ToString());
        Assert.Equal(Severity.Warning, hint.Severity);
        Assert.Contains("1 award(s)", hint.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resume_with_neither_section_is_an_error()
    {
        var result = Read("""{"basics":{"name":"X"},"work":[]}""", includeAwards: true);

        Assert.Empty(result.Records);
        Assert.Equal(Severity.Error, Assert.Single(result.Diagnostics).Severity);
    }
}
