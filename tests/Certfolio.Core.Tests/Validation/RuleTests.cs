using Certfolio.Core.Diagnostics;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Validation;

/// <summary>Each semantic rule reports at the value it is about.</summary>
public sealed class RuleTests
{
    private const string Head = "---\ntitle: \"Certified Thing\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n";

    [Fact]
    public void Reports_expiry_before_issue_at_the_expiry_value()
    {
        var portfolio = Check.Fixture("expiry-before-issue");
        Assert.Equal("expiryDate 01.01.2020 is before date 15.08.2024", portfolio.Single("CF0104", "certifications/backwards.md", 5, 13).Message);
    }

    [Fact]
    public void Names_dates_known_to_the_month_as_months_when_the_expiry_is_before_the_issue()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/x.md", "---\ntitle: \"X\"\ndate: \"01.06.2024\"\nprovider: \"Acme\"\nexpiryDate: \"01.05.2024\"\ndatePrecision: month\n---\n");

        Assert.Equal("expiryDate 05.2024 is before date 06.2024", Check.Folder(temp.Root).Single("CF0104", "certifications/x.md", 5, 13).Message);
    }

    [Fact]
    public void Refuses_javascript_and_relative_verification_urls()
    {
        var portfolio = Check.Fixture("verification-url");
        portfolio.Single("CF0109", "certifications/javascript.md", 5, 18);
        portfolio.Single("CF0109", "certifications/relative.md", 5, 18);
        portfolio.Only("certifications/https.md");
    }

    [Theory]
    [InlineData("dotdot", "'..' leaves the folder")]
    [InlineData("file-url", "the 'file:' scheme")]
    [InlineData("drive", "a drive letter")]
    [InlineData("unc", "a network (UNC) path")]
    [InlineData("home", "'~' is a home folder")]
    [InlineData("javascript", "the 'javascript:' scheme")]
    public void Refuses_a_logo_that_escapes_the_assets_folder(string file, string reason)
    {
        var portfolio = Check.Fixture("logo-outside");
        Assert.Contains(reason, portfolio.Single("CF0110", $"certifications/{file}.md", 5, 7).Message);
    }

    [Fact]
    public void Refuses_a_logo_that_is_a_symbolic_link_to_a_file_outside_the_portfolio()
    {
        // Given a logo inside public/ that links to a file outside the portfolio (made at run time:
        // links in git are fragile)
        using var outside = new TempPortfolio();
        outside.Write("passwd", "root:x:0:0\n");
        using var temp = TempPortfolio.From("logo-outside");
        File.CreateSymbolicLink(temp.Path("public/logos/linked.png"), outside.Path("passwd"));
        temp.Write("certifications/linked.md", Head + "logo: \"/logos/linked.png\"\n---\n");
        // When it is checked
        var portfolio = Check.Folder(temp.Root);
        // Then the link is refused, while a real file beside it is fine
        Assert.Contains("symbolic link", portfolio.Single("CF0110", "certifications/linked.md", 5, 7).Message);
    }

    [Fact]
    public void Refuses_a_body_image_that_leaves_the_portfolio()
    {
        var portfolio = Check.Fixture("image-outside");
        portfolio.Single("CF0118", "certifications/escape.md", 7, 6);
    }

    [Fact]
    public void Warns_about_a_missing_logo_and_a_missing_body_image()
    {
        var portfolio = Check.Fixture("missing-assets");
        portfolio.Single("CF0111", "certifications/missing.md", 5, 7, Severity.Warning);
        portfolio.Single("CF0112", "certifications/missing.md", 10, 12, Severity.Warning);
        portfolio.Only("certifications/present.md");
        Assert.False(portfolio.HasErrors);
    }

    [Fact]
    public void Reports_a_duplicate_credential_id_in_both_files()
    {
        var portfolio = Check.Fixture("duplicate-credential-id");
        Assert.Contains("certifications/second.md", portfolio.Single("CF0113", "certifications/first.md", 5, 15).Message);
        Assert.Contains("certifications/first.md", portfolio.Single("CF0113", "certifications/second.md", 5, 15).Message);
        portfolio.Only("certifications/third.md");
    }

    [Fact]
    public void Reports_two_files_that_would_produce_the_same_page()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/aws.md", Head + "---\n");
        temp.Write("certifications/sub/AWS.md", Head + "---\n");
        var portfolio = Check.Folder(temp.Root);
        portfolio.Single("CF0116", "certifications/aws.md", 1, 1);
        portfolio.Single("CF0116", "certifications/sub/AWS.md", 1, 1);
    }

    [Fact]
    public void Warns_about_a_description_of_several_paragraphs()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/long.md", Head + "description: |\n  One.\n\n  Two.\n---\n");
        var portfolio = Check.Folder(temp.Root);
        portfolio.Single("CF0119", "certifications/long.md", 5, 14, Severity.Warning);
    }

    [Fact]
    public void Refuses_a_logo_url_that_is_not_http()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/ftp.md", Head + "logo: \"http://\"\n---\n");
        var portfolio = Check.Folder(temp.Root);
        portfolio.Single("CF0117", "certifications/ftp.md", 5, 7);
    }
}
