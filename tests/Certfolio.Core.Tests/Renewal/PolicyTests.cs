using Certfolio.Core.Renewal;
using Certfolio.Core.Status;
using Certfolio.Core.Tests.Support;


namespace Certfolio.Core.Tests.Renewal;

public sealed class PolicyTests
{
    [Theory]
    [InlineData("Amazon Web Services", "AWS Certified DevOps Engineer - Professional", "2024-08-15", "aws")]
    [InlineData("aws", "AWS Certified Cloud Practitioner", "2024-08-15", "aws")]
    [InlineData("Amazon Web Services Training and Certification", "AWS Certified Solutions Architect – Associate", "2024-08-15", "aws")]
    [InlineData("  MICROSOFT LEARN ", "Microsoft Certified: Azure Fundamentals", "2024-08-15", "microsoft-fundamentals")]
    [InlineData("Acme Certification Board", "Acme Certified Widget Engineer", "2024-08-15", null)]
    [InlineData("Microsoft", "Microsoft Certified: Azure Fundamentals", "2024-08-15", "microsoft-fundamentals")]
    [InlineData("Microsoft", "Microsoft Certified: Azure Developer Associate", "2024-08-15", "microsoft-role-based")]
    [InlineData("Google Cloud", "Professional Cloud Architect", "2024-08-15", "google-cloud-professional")]
    [InlineData("Google Cloud", "Associate Cloud Engineer", "2024-08-15", "google-cloud-associate")]
    [InlineData("CNCF", "Certified Kubernetes Administrator (CKA)", "2024-04-01", "cncf-from-2024-04")]
    [InlineData("The Linux Foundation", "Certified Kubernetes Administrator (CKA)", "2024-03-31", "cncf-before-2024-04")]
    [InlineData("CNCF", "Certified Kubernetes Security Specialist (CKS)", "2023-01-01", "cncf-cks")]
    [InlineData("CompTIA", "CompTIA Security+", "2024-08-15", "comptia-security")]
    [InlineData("CompTIA", "CompTIA CySA+", "2024-08-15", "comptia-cysa")]
    [InlineData("CompTIA", "CompTIA A+", "2024-08-15", "comptia-a")]
    [InlineData("ISACA", "Certified Information Security Manager (CISM)", "2024-08-15", "isaca")]
    [InlineData("Cisco", "CCNA", "2024-08-15", "cisco-associate")]
    public void The_built_in_table_matches_by_provider_alias_title_and_issue_date(string provider, string title, string date, string? rule)
    {
        // Given a credential of a known certifier
        using var portfolio = new TrackingPortfolio().Cert("c", $"title: '{title}'\ndate: {date}\nprovider: '{provider}'");

        // When its rule is looked up
        var match = CertifierPolicies.Match(portfolio.Load().Credentials[0]);

        // Then the specific row wins
        Assert.Equal(rule, match?.Id);
    }

    [Fact]
    public void CNCF_certifications_last_24_months_from_April_2024_and_36_before()
    {
        // Given two CKAs passed the day before and the day of the change
        using var portfolio = new TrackingPortfolio()
            .Cert("before", "title: Certified Kubernetes Administrator\ndate: 2024-03-31\nprovider: CNCF")
            .Cert("after", "title: Certified Kubernetes Administrator\ndate: 2024-04-01\nprovider: CNCF");

        // When tracked
        var entries = portfolio.Track("2025-01-01").Entries.ToDictionary(e => e.Credential.Slug);

        // Then the older one runs three years and the newer two
        Assert.Equal(new DateOnly(2027, 3, 31), entries["before"].Expires);
        Assert.Equal(new DateOnly(2026, 4, 1), entries["after"].Expires);
    }

    [Fact]
    public void An_unknown_certifier_gets_no_rule()
    {
        // Given a credential of a certifier not in the table
        using var portfolio = new TrackingPortfolio().Cert("c", "title: Widget Expert\ndate: 2024-01-01\nprovider: Widget Guild\nexpiryDate: 2026-01-01");

        // When tracked
        var entry = portfolio.TrackOne("2025-01-01");

        // Then only its own dates count
        Assert.Null(entry.Policy);
        Assert.Null(entry.RenewalOpens);
        Assert.Null(entry.Credits);
    }

    [Fact]
    public void Every_built_in_row_has_a_public_source_and_a_unique_id()
    {
        // Given the shipped table
        var rules = CertifierPolicies.All;

        // Then each row names an https source and ids do not repeat
        Assert.True(rules.Count >= 20);
        Assert.All(rules, r => Assert.StartsWith("https://", r.Source));
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        Assert.All(rules.Where(r => r.Terms.Expires != false), r => Assert.NotNull(r.Terms.CycleYears));
    }

    [Fact]
    public void The_document_beats_the_config_which_beats_the_built_in_table_field_by_field()
    {
        // Given a built-in rule (ISACA: 3 years, 120 CPE, 20 a year), a config policy and a document block
        using var portfolio = new TrackingPortfolio()
            .Config("policies:\n  ISACA:\n    credits: 100\n    windowDays: 30\n")
            .Cert("cism", "title: CISM\ndate: 2024-01-01\nprovider: ISACA\nexpiryDate: 2027-01-01\nrenewal:\n  windowDays: 60\n  url: https://example.org/renew");

        // When tracked
        var policy = portfolio.TrackOne("2025-01-01").Policy!;

        // Then each field comes from the most specific source that gives it
        Assert.Equal(PolicySources.Document | PolicySources.Config | PolicySources.BuiltIn, policy.Sources);
        Assert.Equal(60, policy.WindowDays);
        Assert.Equal(100, policy.RequiredCredits);
        Assert.Equal(20, policy.Terms.AnnualMinimum);
        Assert.Equal("CPE", policy.CreditUnit);
        Assert.Equal("https://example.org/renew", policy.Url);
    }

    [Fact]
    public void A_config_policy_keyed_by_an_alias_applies_to_the_certifier()
    {
        // Given policies keyed "AWS" and a document whose provider is "Amazon Web Services"
        using var portfolio = new TrackingPortfolio()
            .Config("policies:\n  AWS:\n    windowDays: 120\n")
            .Cert("aws", "title: AWS Certified Developer - Associate\ndate: 2024-08-15\nprovider: Amazon Web Services\nexpiryDate: 2027-08-15");

        // When tracked
        var entry = portfolio.TrackOne("2025-01-01");

        // Then the config applies through the alias
        Assert.Equal(new DateOnly(2027, 4, 17), entry.RenewalOpens);
    }

    [Fact]
    public void A_config_policy_for_an_unknown_certifier_gives_it_a_window_and_cycle()
    {
        // Given policies for a certifier the table does not know
        using var portfolio = new TrackingPortfolio()
            .Config("policies:\n  Widget Guild:\n    cycleYears: 2\n")
            .Cert("w", "title: Widget Expert\ndate: 2024-01-01\nprovider: Widget Guild");

        // When tracked
        var entry = portfolio.TrackOne("2025-01-01");

        // Then its expiry is derived and the default 90-day window applies
        Assert.Equal(new DateOnly(2026, 1, 1), entry.Expires);
        Assert.Equal(new DateOnly(2025, 10, 3), entry.RenewalOpens);
    }

    [Fact]
    public void Bad_config_policies_are_reported_at_the_value()
    {
        // Given policies with a wrong type and an unknown key
        using var portfolio = new TrackingPortfolio()
            .Config("policies:\n  AWS:\n    windowDays: soon\n    cycle: 3\n  Microsoft: 5\n")
            .Cert("w", "title: Widget Expert\ndate: 2024-01-01\nprovider: Widget Guild");

        // When the portfolio is loaded (its policies are bound with it)
        var diagnostics = portfolio.Load().Diagnostics.Where(d => d.Location.FilePath == "certfolio.yaml");

        // Then each problem is a CF0201 at its line
        Assert.Equal(
        [
            "certfolio.yaml:3:17: error CF0201: certfolio.yaml: policies.AWS.windowDays: must be a whole number; got 'soon'",
            "certfolio.yaml:4:5: error CF0201: certfolio.yaml: policies.AWS.cycle: unknown key; a renewal block takes cycleYears, windowDays, credits, creditUnit, creditsPerHour, annualMinimum, url",
            "certfolio.yaml:5:14: error CF0201: certfolio.yaml: policies.Microsoft must be a mapping of renewal rules (cycleYears, windowDays, credits, creditUnit, creditsPerHour, annualMinimum, url); got '5'",
        ], diagnostics.Select(d => d.ToString()));
    }
}
