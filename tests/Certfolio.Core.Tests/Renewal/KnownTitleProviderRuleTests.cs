using Certfolio.Core.Diagnostics;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Renewal;

/// <summary>CF0307: a title that names a known certifier's credential under a provider the table does not know.</summary>
public sealed class KnownTitleProviderRuleTests
{
    [Theory]
    [InlineData("PMP", "Pearson VUE", "a PMI PMP", "pmi-pmp")]
    [InlineData("CISSP", "Security Academy", "an ISC2 CISSP", "isc2-cissp")]
    [InlineData("AWS Certified Cloud Practitioner", "Amazon Training Partner", "an AWS", "aws")]
    [InlineData("Microsoft Certified: Azure Administrator Associate (AZ-104)", "Azure Training GmbH", "a Microsoft role-based", "microsoft-role-based")]
    public void Says_so_at_the_provider_when_a_known_title_has_another_provider(string title, string provider, string certifier, string rule)
    {
        // Given a credential whose title names a certifier in the table but whose provider is not one of its names
        using var portfolio = new TrackingPortfolio().Cert("c", $"title: \"{title}\"\ndate: 2024-08-15\nprovider: \"{provider}\"");

        // When checked
        var loaded = portfolio.Load();

        // Then an info names the rule that did not apply, at the provider's value
        var info = loaded.Single("CF0307", "certifications/c.md", 4, 11, Severity.Info);
        Assert.StartsWith($"'{title}' looks like {certifier} credential, but provider '{provider}' is none of the names of rule '{rule}' (", info.Message);
        Assert.False(loaded.HasErrors);
    }

    [Theory]
    [InlineData("PMP", "Project Management Institute (PMI)")]
    [InlineData("CISSP", "(ISC)²")]
    [InlineData("AZ-104", "Microsoft Corporation")]
    [InlineData("Widget Expert", "Widget Guild")]
    public void Says_nothing_when_the_provider_is_known_or_the_title_names_no_certifier(string title, string provider)
    {
        using var portfolio = new TrackingPortfolio().Cert("c", $"title: \"{title}\"\ndate: 2024-08-15\nprovider: \"{provider}\"");

        Assert.DoesNotContain(portfolio.Load().Diagnostics, d => d.Id == "CF0307");
    }

    [Theory]
    [InlineData("PMP Exam Prep Seminar - PMBOK Guide 6", "Udemy")]
    [InlineData("AWS Certified Solutions Architect Associate Practice Exams", "Udemy")]
    [InlineData("CISSP Preparation", "LinkedIn")]
    [InlineData("CompTIA Security+ (SY0-701) Complete Course", "Udemy")]
    [InlineData("Certified Kubernetes Administrator (CKA) with Practice Tests", "Udemy")]
    [InlineData("Microsoft Certified: Azure Fundamentals (AZ-900) Training", "Coursera")]
    [InlineData("CCNA Bootcamp", "Cisco Networking Academy Partner")]
    public void Says_nothing_of_a_course_that_prepares_for_a_known_credential(string title, string provider)
    {
        // A LinkedIn export lists the courses taken on the way; their title names the credential, their provider
        // rightly is the course's, and telling the owner to write "PMI" as Udemy's provider would be wrong.
        using var portfolio = new TrackingPortfolio().Cert("c", $"title: \"{title}\"\ndate: 2024-08-15\nprovider: \"{provider}\"");

        Assert.DoesNotContain(portfolio.Load().Diagnostics, d => d.Id == "CF0307");
    }

    [Fact]
    public void Says_nothing_when_certfolio_yaml_gives_the_provider_a_policy()
    {
        // Given a PMP from a provider the user has given its own policy
        using var portfolio = new TrackingPortfolio()
            .Config("policies:\n  Pearson VUE:\n    cycleYears: 3\n")
            .Cert("c", "title: PMP\ndate: 2024-08-15\nprovider: Pearson VUE");

        Assert.DoesNotContain(portfolio.Load().Diagnostics, d => d.Id == "CF0307");
    }
}
