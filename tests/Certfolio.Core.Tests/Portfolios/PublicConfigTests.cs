using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Portfolios;

/// <summary><c>public:</c> in certfolio.yaml: every switch off unless set to true, and every mistake reported where it is.</summary>
public sealed class PublicConfigTests
{
    private static Portfolio Load(string config)
    {
        using var temp = new TempPortfolio();
        temp.Write("certfolio.yaml", config);
        return Check.Folder(temp.Root);
    }

    [Fact]
    public void Publishes_nothing_beyond_the_credentials_when_public_is_absent()
    {
        // Given a certfolio.yaml without public:
        var portfolio = Load("title: \"Certs\"\n");

        // Then every switch is off
        Assert.Equal(PublicSwitches.None, portfolio.Config.Public);
        Assert.False(portfolio.Config.Public.Renewal || portfolio.Config.Public.Credits || portfolio.Config.Public.Calendar || portfolio.Config.Public.AddToProfile);
    }

    [Fact]
    public void Reads_each_switch_on_its_own()
    {
        // Given two switches on, one explicitly off and one left out
        var portfolio = Load("public:\n  renewal: true\n  credits: false\n  calendar: true\n");

        // Then each is as written, and the one left out is off
        Assert.Equal(new PublicSwitches { Renewal = true, Calendar = true }, portfolio.Config.Public);
        Assert.DoesNotContain(portfolio.Diagnostics, d => d.Id.StartsWith("CF022", StringComparison.Ordinal));
    }

    [Fact]
    public void Reads_the_flow_form_with_every_switch()
    {
        var portfolio = Load("public: { renewal: true, credits: true, calendar: true, addToProfile: true }\n");

        Assert.Equal(new PublicSwitches { Renewal = true, Credits = true, Calendar = true, AddToProfile = true }, portfolio.Config.Public);
    }

    [Fact]
    public void Reports_an_unknown_switch_at_its_key_with_the_one_it_looks_like()
    {
        // Given a misspelt switch
        var portfolio = Load("title: \"Certs\"\npublic:\n  credit: true\n");

        // Then a warning points at the key, suggests 'credits', and nothing is switched on
        var diagnostic = portfolio.Single("CF0220", "certfolio.yaml", 3, 3, Severity.Warning);
        Assert.Equal("public: 'credit' is not a switch, so it publishes nothing; did you mean 'credits'? The switches are renewal, credits, calendar, addToProfile", diagnostic.Message);
        Assert.Equal(PublicSwitches.None, portfolio.Config.Public);
    }

    [Fact]
    public void Names_the_switches_when_an_unknown_one_resembles_none()
    {
        var portfolio = Load("public:\n  dashboard: true\n");

        var diagnostic = portfolio.Single("CF0220", "certfolio.yaml", 2, 3, Severity.Warning);
        Assert.EndsWith("; the switches are renewal, credits, calendar, addToProfile", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("public:\n  renewal: \"true\"\n", 2, 12, "public.renewal must be true or false; got 'true'")]
    [InlineData("public:\n  calendar: 1\n", 2, 13, "public.calendar must be true or false; got '1'")]
    [InlineData("public:\n  addToProfile: [yes]\n", 2, 17, "public.addToProfile must be true or false; got a list")]
    public void Reports_a_switch_that_is_not_true_or_false_at_its_value_and_leaves_it_off(string config, int line, int column, string message)
    {
        var portfolio = Load(config);

        var diagnostic = portfolio.Single("CF0221", "certfolio.yaml", line, column);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal(PublicSwitches.None, portfolio.Config.Public);
    }

    [Fact]
    public void Reports_public_that_is_not_a_mapping()
    {
        // Given public: true, as if one switch could publish everything
        var portfolio = Load("public: true\n");

        // Then it is an error at the value, and nothing is published
        var diagnostic = portfolio.Single("CF0221", "certfolio.yaml", 1, 9);
        Assert.Equal("public must be a mapping of switches (renewal, credits, calendar, addToProfile), each true or false; got 'true'", diagnostic.Message);
        Assert.Equal(PublicSwitches.None, portfolio.Config.Public);
    }
}
