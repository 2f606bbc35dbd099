using Certfolio.Core.Diagnostics;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Renewal;

public sealed class CertifierRuleWarningTests
{
    [Fact]
    public void Warns_when_a_role_based_Microsoft_certification_claims_three_years()
    {
        // Given a Microsoft role-based certification valid for three years
        using var portfolio = new TrackingPortfolio().Cert("az-104",
            "title: 'Microsoft Certified: Azure Administrator Associate'\ndate: 2024-03-01\nprovider: Microsoft\nexpiryDate: 2027-03-01");

        // When checked
        var loaded = portfolio.Load();

        // Then the expiry is flagged with the rule and its source
        var warning = loaded.Single("CF0301", "certifications/az-104.md", 5, 13, Severity.Warning);
        Assert.Equal("expiryDate gives 3 years of validity, but Microsoft role-based certifications are valid for 1 year "
                     + "(rule 'microsoft-role-based', https://learn.microsoft.com/en-us/certifications/renew-your-microsoft-certification)", warning.Message);
    }

    [Theory]
    [InlineData("2027-08-15")]
    [InlineData("2027-07-20")]
    [InlineData("2027-11-10")]
    public void Accepts_an_expiry_matching_the_validity_or_extended_from_inside_the_window(string expiry)
    {
        // Given an AWS credential with three years, a little less, or renewed early
        using var portfolio = new TrackingPortfolio().Cert("aws", $"title: AWS Certified Developer - Associate\ndate: 2024-08-15\nprovider: AWS\nexpiryDate: {expiry}");

        // When checked
        var loaded = portfolio.Load();

        // Then nothing is flagged
        loaded.Clean();
    }

    [Fact]
    public void Warns_when_a_renewal_block_asks_AWS_for_credits()
    {
        // Given the reference document's claim written as a renewal block
        using var portfolio = new TrackingPortfolio().Cert("dop", """
            title: AWS Certified DevOps Engineer - Professional
            date: 15.08.2024
            provider: Amazon Web Services
            expiryDate: 15.08.2027
            renewal:
              cycleYears: 3
              credits: 80
              creditUnit: hours
            """);

        // When checked
        var loaded = portfolio.Load();

        // Then the credits are flagged at their value, naming the rule and source
        var warning = loaded.Single("CF0302", "certifications/dop.md", 8, 12, Severity.Warning);
        Assert.Contains("AWS renews by passing the current exam or a higher-level one and accepts none (rule 'aws', https://aws.amazon.com/certification/policies/recertification/)", warning.Message);
        loaded.Only("certifications/dop.md", "CF0302");
    }

    [Fact]
    public void A_bad_renewal_block_is_reported_key_by_key()
    {
        // Given a renewal block with a wrong type, a negative amount, a bad URL and an unknown key
        using var portfolio = new TrackingPortfolio().Cert("w", """
            title: Widget Expert
            date: 2024-01-01
            provider: Widget Guild
            renewal:
              cycleYears: three
              credits: -5
              url: ftp://example.org
              windowDay: 30
            """);

        // When checked
        var loaded = portfolio.Load();

        // Then each problem is a CF0303 at its value (or key)
        Assert.Equal(
        [
            "certifications/w.md:6:15: error CF0303: renewal.cycleYears: must be a whole number; got 'three'",
            "certifications/w.md:7:12: error CF0303: renewal.credits: -5 must be zero or more",
            "certifications/w.md:8:8: error CF0303: renewal.url: 'ftp://example.org' must be an absolute http or https URL",
            "certifications/w.md:9:3: error CF0303: renewal.windowDay: unknown key; a renewal block takes cycleYears, windowDays, credits, creditUnit, creditsPerHour, annualMinimum, url",
        ], loaded.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_renewal_block_that_is_not_a_mapping_is_a_wrong_type()
    {
        // Given renewal: yes
        using var portfolio = new TrackingPortfolio().Cert("w", "title: Widget Expert\ndate: 2024-01-01\nprovider: Widget Guild\nrenewal: yes");

        // When checked
        var loaded = portfolio.Load();

        // Then the binder reports it and tracking ignores it
        loaded.Single("CF0102", "certifications/w.md", 5, 10);
    }

    [Fact]
    public void A_credential_missing_its_date_gets_no_validity_warning()
    {
        // Given an AWS credential without an issue date
        using var portfolio = new TrackingPortfolio().Cert("aws", "title: AWS Certified Developer - Associate\nprovider: AWS\nexpiryDate: 2027-08-15");

        // When checked
        var loaded = portfolio.Load();

        // Then only the missing date is reported, not a validity of two thousand years
        loaded.Only("certifications/aws.md", "CF0101");
    }
}
