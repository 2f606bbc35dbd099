using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;
using Certfolio.Interop.Importing;
using Certfolio.Interop.JsonResume;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.JsonResume;

public sealed class JsonResumeImporterTests
{
    [Fact]
    public void Reads_certificates_with_the_precision_of_their_dates()
    {
        var result = Assert.Single(new JsonResumeImporter().Read([TestData.Input("jsonresume/resume.json")]));

        Assert.Equal(3, result.Records.Count);
        var cka = result.Records[0];
        Assert.Equal(("Certified Kubernetes Administrator", "The Linux Foundation", new DateOnly(2023, 10, 15), DatePrecision.Day), (cka.Title, cka.Provider, cka.Issued, cka.Precision));
        Assert.Equal("https://www.credly.com/badges/cka-1", cka.VerificationUrl);
        Assert.Equal((new DateOnly(2018, 5, 1), DatePrecision.Month), (result.Records[1].Issued, result.Records[1].Precision));
        Assert.Equal((new DateOnly(2016, 1, 1), DatePrecision.Year), (result.Records[2].Issued, result.Records[2].Precision));
    }

    [Fact]
    public void A_year_date_and_a_month_expiry_keep_the_validity_the_resume_gives()
    {
        const string resume = """{"certificates":[{"name":"ITIL","issuer":"AXELOS","date":"2016","expiryDate":"2019-03"}]}""";

        var record = Assert.Single(Assert.Single(new JsonResumeImporter().Read([new ImportInput("resume.json", resume)])).Records);

        Assert.Equal((new DateOnly(2016, 1, 1), new DateOnly(2019, 3, 31), DatePrecision.Day), (record.Issued, record.Expires, record.Precision));
    }

    [Fact]
    public void Reports_a_certificate_without_a_name_or_issuer_by_its_json_path()
    {
        var result = Assert.Single(new JsonResumeImporter().Read([TestData.Input("jsonresume/resume.json")]));

        // Each missing property is reported at the certificate that lacks it: line 9 and line 10 of the file.
        var noName = Assert.Single(result.Diagnostics, d => d.Is(Descriptors.RecordWithoutTitle, "$.certificates[3].name"));
        Assert.Equal(new SourceLocation("resume.json", 9, 5), noName.Location);
        var noIssuer = Assert.Single(result.Diagnostics, d => d.Is(Descriptors.RecordWithoutProvider, "$.certificates[4].issuer"));
        Assert.Equal(new SourceLocation("resume.json", 10, 5), noIssuer.Location);
    }

    [Fact]
    public void Refuses_certificates_that_are_not_an_array()
    {
        var result = Assert.Single(new JsonResumeImporter().Read([new ImportInput("resume.json", """{"certificates": {"name": "x"}}""")]));

        Assert.True(result.IsMalformed);
        var problem = Assert.Single(result.Diagnostics);
        Assert.True(problem.Is(Descriptors.WrongInputShape, "$.certificates"), problem.ToString());
        Assert.Equal(new SourceLocation("resume.json", 1, 18), problem.Location);
    }
}
