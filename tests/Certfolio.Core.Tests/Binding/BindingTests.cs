using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Binding;

/// <summary>Front matter values become a typed credential, or a diagnostic at the value that is wrong.</summary>
public sealed class BindingTests
{
    [Fact]
    public void Reports_a_missing_required_key_at_the_front_matter()
    {
        var portfolio = Check.Fixture("required-missing");
        Assert.Contains("'provider'", portfolio.Single("CF0101", "certifications/no-provider.md", 2, 1).Message);
        portfolio.Only("certifications/no-provider.md", "CF0101");
    }

    [Fact]
    public void Reports_an_empty_title_at_its_value()
    {
        var portfolio = Check.Fixture("required-missing");
        portfolio.Single("CF0108", "certifications/empty-title.md", 2, 8);
    }

    [Fact]
    public void Reports_wrong_types_at_the_value()
    {
        // Given skills: 5, a mapping inside skills, and date: 20240815
        var portfolio = Check.Fixture("wrong-types");
        // Then each is a type error at the offending value
        Assert.Contains("'skills' must be a list of strings, not a number", portfolio.Single("CF0102", "certifications/skills-number.md", 5, 9).Message);
        Assert.Contains("'skills[1]' must be a string, not a mapping", portfolio.Single("CF0102", "certifications/skills-mapping.md", 5, 17).Message);
        Assert.Contains("'date' must be a date", portfolio.Single("CF0102", "certifications/date-number.md", 3, 7).Message);
    }

    [Fact]
    public void Reports_an_impossible_date_naming_the_key()
    {
        var portfolio = Check.Fixture("dates");
        Assert.Contains("date '31.02.2024' is not a real date", portfolio.Single("CF0103", "certifications/impossible.md", 3, 7).Message);
    }

    [Fact]
    public void Refuses_a_slashed_date_as_ambiguous_and_suggests_the_iso_form()
    {
        var portfolio = Check.Fixture("dates");
        var message = portfolio.Single("CF0105", "certifications/ambiguous.md", 3, 7).Message;
        Assert.Contains("ambiguous", message);
        Assert.Contains("2024-04-03", message);
        Assert.Contains("2024-03-04", message);
    }

    [Fact]
    public void Reports_text_that_is_not_a_date()
    {
        var portfolio = Check.Fixture("dates");
        portfolio.Single("CF0106", "certifications/unrecognised.md", 3, 7);
    }

    [Fact]
    public void Reads_iso_dates_and_yaml_timestamps()
    {
        var portfolio = Check.Fixture("dates");
        portfolio.Only("certifications/iso.md");
        var credential = Assert.Single(portfolio.Credentials);
        Assert.Equal(new DateOnly(2024, 8, 15), credential.Issued);
        Assert.Equal(new DateOnly(2027, 8, 15), credential.Expires);
    }

    [Fact]
    public void Maps_site_specific_key_names_with_fields_in_certfolio_yaml()
    {
        // Given files using issuer, issueDate, expirationDate and credentialUrl, and a fields: mapping
        var portfolio = Check.Fixture("fields");
        // Then they check clean and bind to the canonical properties
        portfolio.Clean();
        var credential = Assert.Single(portfolio.Credentials);
        Assert.Equal("Acme", credential.Provider);
        Assert.Equal(new DateOnly(2024, 8, 15), credential.Issued);
        Assert.Equal(new DateOnly(2027, 8, 15), credential.Expires);
        Assert.Equal("https://example.org/verify/1", credential.VerificationUrl);
        Assert.Empty(credential.Extra);
        Assert.Equal(new Certfolio.Core.Text.LinePosition(3, 12), credential.Spans.Date.Start);
    }

    [Fact]
    public void Suggests_the_fields_mapping_for_a_well_known_alias()
    {
        // Given issuer and issueDate without a mapping
        var portfolio = Check.Fixture("aliases");
        // Then each alias gets a warning saying which mapping to add
        Assert.Contains("fields: { date: issueDate }", portfolio.At("CF0115", "certifications/aliased.md", 3, 1, Certfolio.Core.Diagnostics.Severity.Warning).Message);
        Assert.Contains("fields: { provider: issuer }", portfolio.At("CF0115", "certifications/aliased.md", 4, 1, Certfolio.Core.Diagnostics.Severity.Warning).Message);
    }

    [Fact]
    public void Keeps_unknown_keys_in_extra_and_normalises_known_levels()
    {
        var portfolio = Check.Fixture("extras");
        var credential = portfolio.Credentials.Single(c => c.Slug == "extras");
        Assert.Equal("Professional", credential.Level);
        Assert.Equal("DOP-C02", credential.Extra["examCode"]);
        Assert.Equal(912L, credential.Extra["score"]);
        Assert.Equal(new List<object?> { "one", "two" }, credential.Extra["notes"]);
        Assert.False(credential.Extra.ContainsKey("renewal"));
        Assert.NotNull(credential.Renewal);
    }

    [Fact]
    public void Reads_block_style_skills_lists()
    {
        var portfolio = Check.Fixture("extras");
        portfolio.Only("certifications/block-skills.md");
        var credential = portfolio.Credentials.Single(c => c.Slug == "block-skills");
        Assert.Equal(["Kubernetes", "Linux"], credential.Skills);
        Assert.Equal("Expert", credential.Level);
    }

    [Fact]
    public void Warns_about_a_skill_listed_twice()
    {
        var portfolio = Check.Fixture("extras");
        Assert.Contains("'aws'", portfolio.Single("CF0114", "certifications/extras.md", 6, 27, Certfolio.Core.Diagnostics.Severity.Warning).Message);
    }
}
