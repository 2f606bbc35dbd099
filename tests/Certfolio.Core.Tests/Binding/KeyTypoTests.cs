using Certfolio.Core.Text;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Binding;

/// <summary>A key that is a typo of one Certfolio reads is reported at the key, with the key it meant.</summary>
public sealed class KeyTypoTests
{
    private static Core.Portfolios.Portfolio CheckOne(string frontMatter, string? config = null)
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/x.md", $"---\n{frontMatter}---\n\nBody.\n");
        if (config is not null) temp.Write("certfolio.yaml", config);
        return Check.Folder(temp.Root);
    }

    [Fact]
    public void Reports_a_misspelt_required_key_at_the_key_instead_of_a_missing_key_at_the_title()
    {
        var portfolio = CheckOne("title: \"T\"\ndate: \"15.08.2024\"\nprovder: \"Acme\"\n");
        var diagnostic = portfolio.Single("CF0131", "certifications/x.md", 4, 1);
        Assert.Equal("required key 'provider' is missing; did you mean 'provider' instead of 'provder'?", diagnostic.Message);
        portfolio.Only("certifications/x.md", "CF0131");
    }

    [Fact]
    public void Reports_a_required_key_in_the_wrong_case_as_an_error_with_the_fix()
    {
        var portfolio = CheckOne("Title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n");
        Assert.Equal("'Title' must be written 'title': keys are case-sensitive, and as written it is not read",
            portfolio.Single("CF0130", "certifications/x.md", 2, 1).Message);
        portfolio.Only("certifications/x.md", "CF0130");
    }

    [Fact]
    public void Reports_an_optional_key_in_the_wrong_case_as_an_error_so_the_credential_does_not_silently_never_expire()
    {
        var portfolio = CheckOne("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nExpiryDate: \"15.08.2027\"\n");
        Assert.Equal("'ExpiryDate' must be written 'expiryDate': keys are case-sensitive, and as written it is not read",
            portfolio.Single("CF0130", "certifications/x.md", 5, 1).Message);
    }

    [Fact]
    public void Warns_about_a_misspelt_optional_key_at_the_key()
    {
        var portfolio = CheckOne("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nexpiryDtae: \"15.08.2027\"\n");
        Assert.Equal("'expiryDtae' is not a key Certfolio reads; did you mean 'expiryDate'? As written it is passed to themes and 'expiryDate' is not set",
            portfolio.Single("CF0132", "certifications/x.md", 5, 1, Core.Diagnostics.Severity.Warning).Message);
    }

    [Fact]
    public void Suggests_the_name_fields_maps_a_key_to()
    {
        var portfolio = CheckOne("title: \"T\"\ndate: \"15.08.2024\"\nissur: \"Acme\"\n", config: "fields:\n  provider: issuer\n");
        Assert.Equal("required key 'issuer' is missing; did you mean 'issuer' instead of 'issur'?",
            portfolio.Single("CF0131", "certifications/x.md", 4, 1).Message);
    }

    [Theory]
    [InlineData("examCode")]
    [InlineData("score")]
    [InlineData("notes")]
    [InlineData("type")]
    [InlineData("link")]
    [InlineData("role")]
    public void Leaves_other_unknown_keys_alone(string key)
    {
        CheckOne($"title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n{key}: \"x\"\n").Clean();
    }

    [Fact]
    public void Says_nothing_when_the_intended_key_is_present_too()
    {
        CheckOne("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nlevel: \"Associate\"\nlevels: [\"a\", \"b\"]\n").Clean();
    }

    [Fact]
    public void Leaves_well_known_aliases_to_the_alias_suggestion()
    {
        var portfolio = CheckOne("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\ncredentialID: \"A-1\"\n");
        portfolio.Only("certifications/x.md", "CF0115");
    }

    [Theory]
    [InlineData("provider", "provder", 1)]
    [InlineData("title", "tilte", 1)]
    [InlineData("expiryDate", "ExpiryDate", 0)]
    [InlineData("skills", "skils", 1)]
    [InlineData("abc", "cab", 2)]
    [InlineData("", "date", 4)]
    public void Measures_the_damerau_levenshtein_distance_ignoring_case(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Between(a, b));
}
