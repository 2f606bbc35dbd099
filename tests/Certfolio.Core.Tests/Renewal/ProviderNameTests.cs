using Certfolio.Core.Renewal;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Renewal;

/// <summary>Provider names as people write them match the built-in table, one normalisation at a time.</summary>
public sealed class ProviderNameTests
{
    [Theory]
    [InlineData("PMI", "pmi")]                                          // case
    [InlineData("Project Management Institute®", "project management institute")]   // ®
    [InlineData("CompTIA™", "comptia")]                                  // ™
    [InlineData("© Cisco", "cisco")]                                    // ©
    [InlineData("Cisco Systems, Inc.", "cisco systems")]                // Inc.
    [InlineData("Microsoft Corporation", "microsoft")]                  // Corporation
    [InlineData("HashiCorp, Inc", "hashicorp")]
    [InlineData("(ISC)²", "isc2")]                                      // (ISC)² = ISC2
    [InlineData("(ISC)2", "isc2")]
    [InlineData("ISC2", "isc2")]
    [InlineData("The Linux Foundation", "linux foundation")]            // a leading "the"
    [InlineData("Information Systems Audit & Control Association", "information systems audit and control association")]
    [InlineData("  Google   Cloud ", "google cloud")]
    public void Normalises_case_marks_company_forms_and_punctuation(string written, string expected)
    {
        Assert.Equal(expected, ProviderName.Normalise(written));
    }

    [Theory]
    [InlineData("Amazon Web Services (AWS)", new[] { "amazon web services aws", "amazon web services", "aws" })]
    [InlineData("Project Management Institute (PMI)", new[] { "project management institute pmi", "project management institute", "pmi" })]
    [InlineData("Cloud Native Computing Foundation (CNCF)®", new[] { "cloud native computing foundation cncf", "cloud native computing foundation", "cncf" })]
    [InlineData("Google (Coursera courses)", new[] { "google coursera courses" })]
    public void A_trailing_abbreviation_in_parentheses_is_a_name_of_its_own(string written, string[] keys)
    {
        Assert.Equal(keys, ProviderName.Keys(written));
    }

    [Theory]
    [InlineData("Project Management Institute (PMI)", "PMP", "pmi-pmp")]
    [InlineData("project management institute", "Project Management Professional", "pmi-pmp")]
    [InlineData("PMI®", "PMP", "pmi-pmp")]
    [InlineData("(ISC)²", "CISSP", "isc2-cissp")]
    [InlineData("ISC2", "CISSP", "isc2-cissp")]
    [InlineData("International Information System Security Certification Consortium, Inc. (ISC2)", "CISSP", "isc2-cissp")]
    [InlineData("Amazon Web Services (AWS)", "AWS Certified Solutions Architect – Associate", "aws")]
    [InlineData("Amazon Web Services, Inc.", "AWS Certified Cloud Practitioner", "aws")]
    [InlineData("Microsoft Corporation", "Microsoft Certified: Azure Administrator Associate (AZ-104)", "microsoft-role-based")]
    [InlineData("Microsoft®", "Microsoft Certified: Azure Fundamentals", "microsoft-fundamentals")]
    [InlineData("CompTIA™", "CompTIA Security+", "comptia-security")]
    [InlineData("Cisco Systems, Inc.", "CCNA", "cisco-associate")]
    [InlineData("HASHICORP", "HashiCorp Certified: Terraform Associate (003)", "hashicorp")]
    [InlineData("Cloud Native Computing Foundation (CNCF)", "Certified Kubernetes Administrator", "cncf-from-2024-04")]
    public void The_built_in_table_matches_providers_as_people_write_them(string provider, string title, string rule)
    {
        // Given a credential whose provider is written the way real profiles write it
        using var portfolio = new TrackingPortfolio().Cert("c", $"title: \"{title}\"\ndate: 2024-08-15\nprovider: \"{provider}\"");

        // When its rule is looked up
        var match = CertifierPolicies.Match(portfolio.Load().Credentials[0]);

        // Then the certifier's row applies
        Assert.Equal(rule, match?.Id);
    }

    [Theory]
    [InlineData("Amazon", "Amazon Web Services (AWS)")]
    [InlineData("PMI", "Project Management Institute")]
    [InlineData("(ISC)²", "ISC2")]
    public void Aliases_of_one_certifier_are_the_same_certifier(string a, string b)
    {
        Assert.True(CertifierPolicies.SameCertifier(a, b));
        Assert.True(CertifierPolicies.SameCertifier(b, a));
    }

    [Theory]
    [InlineData("Microsoft", "Amazon Web Services")]
    [InlineData("PMI", "ISACA")]
    [InlineData("Google", "Google (Coursera courses)")]
    public void Different_certifiers_stay_different(string a, string b)
    {
        Assert.False(CertifierPolicies.SameCertifier(a, b));
    }

    [Fact]
    public void The_earned_credits_of_a_PMP_from_Project_Management_Institute_PMI_count()
    {
        // Given the case: a PMP whose provider is written "Project Management Institute (PMI)", and 32 PDUs
        using var portfolio = new TrackingPortfolio()
            .Cert("pmp", "title: \"PMP\"\ndate: 2024-01-10\nprovider: \"Project Management Institute (PMI)\"\ncredentialId: \"PMP-1\"")
            .Training("pdus", "title: Agile course\ndate: 2024-06-01\ncredits: 32\nunit: PDU\nappliesTo: [PMP-1]");

        // When tracked
        var entry = portfolio.TrackOne("2025-01-01");

        // Then the PMP rule applies and the PDUs are counted against its 60
        Assert.Equal("pmi-pmp", entry.Policy?.Certifier?.Id);
        Assert.Equal(32, entry.Credits?.Earned);
        Assert.Equal(60, entry.Credits?.Required);
    }
}
