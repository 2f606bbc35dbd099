using System.Text.Json.Nodes;
using Certfolio.Interop.Exporting;
using Certfolio.Interop.JsonResume;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.JsonResume;

/// <summary>
/// <c>export --to jsonresume --into resume.json</c> on real resumes (issue 13): the file's own entries stay where they
/// are and as they are written, an entry is one of the portfolio's credentials only when the evidence agrees (as import
/// decides), and nothing outside the <c>certificates</c> array changes, byte for byte.
/// </summary>
public sealed class CertificatesMergeTests
{
    private static readonly ExportOptions Options = new(new DateOnly(2025, 3, 15));

    private static string Doc(string title, string provider, string date, string? id = null, string? url = null) =>
        $"---\ntitle: \"{title}\"\ndate: \"{date}\"\nprovider: \"{provider}\"\n"
        + (id is null ? "" : $"credentialId: \"{id}\"\n") + (url is null ? "" : $"verificationUrl: \"{url}\"\n") + "---\n";

    private static string Merge(TempPortfolio folder, string resume) =>
        new JsonResumeExporter().Export(folder.Load(), Options with { MergeInto = new MergeTarget("resume.json", resume) }).Files.Single().Content;

    [Fact]
    public void A_profile_url_or_a_holders_mcid_shared_with_another_title_does_not_make_an_entry_that_credential()
    {
        // Given two AWS credentials that share a Credly profile URL and two Microsoft ones that share the holder's MCID,
        // and a resume that lists the second of each
        using var folder = new TempPortfolio()
            .With("certifications/ccp.md", Doc("AWS Certified Cloud Practitioner", "Amazon Web Services", "01.03.2022", url: "https://www.credly.com/users/jane-doe/badges"))
            .With("certifications/dva.md", Doc("AWS Certified Developer – Associate", "Amazon Web Services", "01.05.2022", url: "https://www.credly.com/users/jane-doe/badges"))
            .With("certifications/az104.md", Doc("Microsoft Certified: Azure Administrator Associate", "Microsoft", "01.06.2024", id: "991234567"))
            .With("certifications/az900.md", Doc("Microsoft Certified: Azure Fundamentals", "Microsoft", "01.09.2021", id: "991234567"));
        const string resume = """
            {"certificates": [
              {"name": "AWS Certified Developer – Associate", "issuer": "Amazon Web Services", "url": "https://www.credly.com/users/jane-doe/badges"},
              {"name": "Microsoft Certified: Azure Fundamentals", "issuer": "Microsoft", "credentialId": "991234567"}
            ]}
            """;

        // When the portfolio is merged into it
        var certificates = JsonNode.Parse(Merge(folder, resume))!["certificates"]!.AsArray();

        // Then each entry stays the credential it names, and the other two are appended once each, in portfolio (path) order
        Assert.Equal(
            ["AWS Certified Developer – Associate", "Microsoft Certified: Azure Fundamentals", "Microsoft Certified: Azure Administrator Associate", "AWS Certified Cloud Practitioner"],
            certificates.Select(c => (string?)c!["name"]));
        Assert.Equal(["2022-05-01", "2021-09-01"], certificates.Take(2).Select(c => (string?)c!["date"]));
    }

    [Fact]
    public void A_url_pasted_on_an_entry_of_another_title_leaves_that_entry_alone()
    {
        // Given a credential, and a resume whose entry of another course carries that credential's URL (a copy-paste slip)
        using var folder = new TempPortfolio()
            .With("certifications/ml.md", Doc("Machine Learning", "Coursera", "01.03.2020", url: "https://www.coursera.org/account/accomplishments/verify/ABC123"));
        const string resume = """
            {"certificates": [
              {"name": "Deep Learning Specialization", "issuer": "Coursera", "date": "2020-09", "url": "https://www.coursera.org/account/accomplishments/verify/ABC123"}
            ]}
            """;

        var certificates = JsonNode.Parse(Merge(folder, resume))!["certificates"]!.AsArray();

        Assert.Equal(["Deep Learning Specialization", "Machine Learning"], certificates.Select(c => (string?)c!["name"]));
        Assert.Equal("2020-09", (string?)certificates[0]!["date"]);
    }

    // A resume as people keep it: four-space indentation, short objects on one line, a BOM-less UTF-8 file with
    // non-ASCII text, keys after the certificates.
    private const string Handwritten = "{\n"
        + "    \"basics\": { \"name\": \"Jane Doe\", \"label\": \"Cloud Engineer — Zürich\" },\n"
        + "    \"work\": [{ \"name\": \"Initech\", \"highlights\": [\"On call\", \"SRE\"] }],\n"
        + "    \"certificates\": [\n"
        + "        { \"name\": \"ITIL® 4 Foundation\", \"date\": \"2016\", \"issuer\": \"AXELOS\" },\n"
        + "        {\"name\":\"Splunk Core Certified User\",\"date\":\"2022-02\",\"issuer\":\"Splunk\"}\n"
        + "    ],\n"
        + "    \"skills\": [{ \"name\": \"Cloud\", \"keywords\": [\"AWS\", \"Azure\"] }],\n"
        + "    \"meta\": { \"version\": \"v1.0.0\" }\n"
        + "}\n";

    [Fact]
    public void Nothing_outside_the_certificates_array_changes_and_an_entry_it_does_not_change_stays_as_written()
    {
        // Given a portfolio holding the second entry's credential (the same values) and one the resume lacks
        using var folder = new TempPortfolio()
            .With("certifications/splunk.md", "---\ntitle: \"Splunk Core Certified User\"\ndate: \"01.02.2022\"\nprovider: \"Splunk\"\ndatePrecision: month\n---\n")
            .With("certifications/cka.md", Doc("Certified Kubernetes Administrator (CKA)", "The Linux Foundation", "15.10.2023", id: "LF-1"));

        // When the portfolio is merged into the hand-written resume
        var merged = Merge(folder, Handwritten);

        // Then everything up to the last entry and everything after the array is byte for byte as it was, and the new
        // credential follows in the file's own indentation
        var lastEntryEnd = Handwritten.IndexOf("\"Splunk\"}", StringComparison.Ordinal) + "\"Splunk\"}".Length;
        Assert.StartsWith(Handwritten[..lastEntryEnd], merged, StringComparison.Ordinal);
        Assert.EndsWith(Handwritten[Handwritten.IndexOf("\n    ],\n", StringComparison.Ordinal)..], merged, StringComparison.Ordinal);
        Assert.Equal(
            ",\n        {\n            \"name\": \"Certified Kubernetes Administrator (CKA)\",\n            \"date\": \"2023-10-15\",\n"
            + "            \"issuer\": \"The Linux Foundation\",\n            \"credentialId\": \"LF-1\"\n        }",
            merged[lastEntryEnd..merged.IndexOf("\n    ],\n", StringComparison.Ordinal)]);
    }

    [Fact]
    public void An_entry_it_updates_is_rewritten_in_place_in_the_files_indentation_with_crlf_kept()
    {
        // Given a CRLF resume whose entry of a credential lacks its credentialId
        using var folder = new TempPortfolio().With("certifications/cka.md", Doc("Certified Kubernetes Administrator (CKA)", "The Linux Foundation", "15.10.2023", id: "LF-1"));
        var resume = "{\r\n\t\"basics\": {\"name\": \"Jane\"},\r\n\t\"certificates\": [\r\n\t\t{\"name\": \"Certified Kubernetes Administrator (CKA)\", \"date\": \"2023-10-15\", \"issuer\": \"The Linux Foundation\", \"highlight\": true}\r\n\t]\r\n}\r\n";

        var merged = Merge(folder, resume);

        Assert.Equal(
            "{\r\n\t\"basics\": {\"name\": \"Jane\"},\r\n\t\"certificates\": [\r\n\t\t{\r\n\t\t\t\"name\": \"Certified Kubernetes Administrator (CKA)\",\r\n"
            + "\t\t\t\"date\": \"2023-10-15\",\r\n\t\t\t\"issuer\": \"The Linux Foundation\",\r\n\t\t\t\"highlight\": true,\r\n\t\t\t\"credentialId\": \"LF-1\"\r\n\t\t}\r\n\t]\r\n}\r\n",
            merged);
    }

    [Theory]
    [InlineData("{\n  \"basics\": {\"name\": \"Jane\"}\n}\n", "{\n  \"basics\": {\"name\": \"Jane\"},\n  \"certificates\": [\n    {\n      \"name\": \"PSM I\",\n      \"date\": \"2018-05\",\n      \"issuer\": \"Scrum.org\"\n    }\n  ]\n}\n")]
    [InlineData("{\n  \"basics\": {\"name\": \"Jane\"},\n  \"certificates\": null\n}\n", "{\n  \"basics\": {\"name\": \"Jane\"},\n  \"certificates\": [\n    {\n      \"name\": \"PSM I\",\n      \"date\": \"2018-05\",\n      \"issuer\": \"Scrum.org\"\n    }\n  ]\n}\n")]
    [InlineData("{\n  \"certificates\": [],\n  \"basics\": {\"name\": \"Jane\"}\n}\n", "{\n  \"certificates\": [\n    {\n      \"name\": \"PSM I\",\n      \"date\": \"2018-05\",\n      \"issuer\": \"Scrum.org\"\n    }\n  ],\n  \"basics\": {\"name\": \"Jane\"}\n}\n")]
    [InlineData("{\n  \"basics\": {\"name\": \"Jane\"}, // mine\n}\n", "{\n  \"basics\": {\"name\": \"Jane\"}, // mine\n  \"certificates\": [\n    {\n      \"name\": \"PSM I\",\n      \"date\": \"2018-05\",\n      \"issuer\": \"Scrum.org\"\n    }\n  ]\n}\n")]
    public void A_resume_without_certificates_gets_the_array_and_keeps_the_rest(string resume, string expected)
    {
        using var folder = new TempPortfolio().With("certifications/psm.md", "---\ntitle: PSM I\ndate: \"01.05.2018\"\nprovider: Scrum.org\ndatePrecision: month\n---\n");

        Assert.Equal(expected, Merge(folder, resume));
    }
}
