using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Portfolios;

/// <summary>A wrong value in certfolio.yaml is reported with what was received, not only its type.</summary>
public sealed class ConfigMessageTests
{
    [Theory]
    [InlineData("expiringDays: abc\n", "expiringDays must be a whole number; got 'abc'")]
    [InlineData("expiringDays: 1.5\n", "expiringDays must be a whole number; got '1.5'")]
    [InlineData("expiringDays: -3\n", "expiringDays must be a whole number; got '-3'")]
    [InlineData("pageSize: 0\n", "pageSize must be a whole number from 1 to 1,000; got '0'")]
    [InlineData("pageSize: 1001\n", "pageSize must be a whole number from 1 to 1,000; got '1001'")]
    [InlineData("pageSize: ten\n", "pageSize must be a whole number from 1 to 1,000; got 'ten'")]
    [InlineData("unsafeHtml: maybe\n", "unsafeHtml must be true or false; got 'maybe'")]
    [InlineData("title: [a, b]\n", "title must be a string; got a list")]
    [InlineData("limits:\n  maxDepth: lots\n", "limits.maxDepth must be a whole number from 1 to 1,000; got 'lots'")]
    [InlineData("fields:\n  title: 12\n", "fields.title must be a key name; got '12'")]
    [InlineData("owner: 42\n", "owner must be a name (owner: \"Jane Doe\") or a mapping (name, headline, avatar, links); got '42'")]
    [InlineData("owner: [Alex]\n", "owner must be a name (owner: \"Jane Doe\") or a mapping (name, headline, avatar, links); got a list")]
    [InlineData("language: \"en_US\"\n", "language must be a language tag such as en or de-CH; got 'en_US'")]
    public void Says_what_it_received(string config, string expected)
    {
        // Given a certfolio.yaml with one wrong value
        using var temp = new TempPortfolio();
        temp.Write("certfolio.yaml", config);
        // When loaded, then the message quotes the value
        var portfolio = Check.Folder(temp.Root);
        Assert.Contains(portfolio.Diagnostics, d => d.Id == "CF0201" && d.Message == "certfolio.yaml: " + expected);
    }

    [Fact]
    public void A_received_value_is_cut_and_its_control_characters_escaped()
    {
        using var temp = new TempPortfolio();
        temp.Write("certfolio.yaml", $"expiringDays: \"a\\u001b[31m{new string('x', 100)}\"\n");
        var portfolio = Check.Folder(temp.Root);
        var message = Assert.Single(portfolio.Diagnostics, d => d.Id == "CF0201").Message;
        Assert.DoesNotContain('\u001b', message);
        Assert.Contains("'a\\x1B[31m", message);
        Assert.EndsWith("…'", message);
    }

    [Theory]
    [InlineData("", 60)]
    [InlineData("pageSize: 25\n", 25)]
    [InlineData("pageSize: 0\n", 60)]
    public void Reads_the_page_size_of_list_pages(string config, int expected)
    {
        // Given a certfolio.yaml with or without a page size
        using var temp = new TempPortfolio();
        temp.Write("certfolio.yaml", config);
        // When loaded, then the size is the one written, or the default when it is missing or wrong
        var portfolio = Check.Folder(temp.Root);
        Assert.Equal(expected, portfolio.Config.PageSize);
    }

    [Fact]
    public void Places_a_wrong_page_size_at_its_value()
    {
        // Given a page size on the second line
        using var temp = new TempPortfolio();
        temp.Write("certfolio.yaml", "title: \"T\"\npageSize: -5\n");
        // When loaded, then the diagnostic points at the value
        var portfolio = Check.Folder(temp.Root);
        var diagnostic = Assert.Single(portfolio.Diagnostics, d => d.Id == "CF0201");
        Assert.Equal((2, 11), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Theory]
    [InlineData("owner: \"Jane Doe\"\n")]
    [InlineData("owner: Jane Doe\n")]
    public void Reads_a_plain_string_owner_as_the_owners_name(string config)
    {
        // Given owner written as Hugo writes author: a name, not a mapping
        using var temp = new TempPortfolio();
        temp.Write("certfolio.yaml", config);
        // When loaded, then it is no error and the name is the owner's
        var portfolio = Check.Folder(temp.Root);
        Assert.DoesNotContain(portfolio.Diagnostics, d => d.Id == "CF0201");
        Assert.Equal("Jane Doe", portfolio.Config.Owner.Name);
    }

    [Theory]
    [InlineData("", "en")]
    [InlineData("language: \"de-CH\"\n", "de-CH")]
    [InlineData("language: \"\\\"><script>\"\n", "en")]
    public void Reads_the_pages_language(string config, string expected)
    {
        using var temp = new TempPortfolio();
        temp.Write("certfolio.yaml", config);
        Assert.Equal(expected, Check.Folder(temp.Root).Config.Language);
    }
}
