using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Portfolios;

/// <summary>A loader that keeps less of each document (its front matter tree, its text) reports and binds exactly what a keeping one does.</summary>
public sealed class LoaderRetentionTests
{
    public static TheoryData<string> Fixtures() => new(Directory.GetDirectories(Repository.Fixture("")).Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_build_keeps_every_body_and_no_front_matter_tree(string fixture)
    {
        // Given a fixture portfolio
        var root = Repository.Fixture(fixture);

        // When it is loaded whole, as a patch does, and again for a build
        var whole = new PortfolioLoader { Purpose = LoadPurpose.Patch }.Load(root);
        var build = new PortfolioLoader { Purpose = LoadPurpose.Build }.Load(root);

        // Then the diagnostics and credentials are the same, every credential's body is kept, and no document is listed
        AssertSameOutcome(whole, build);
        foreach (var credential in build.Credentials)
            Assert.Equal(whole.Bodies.Of(credential).Text, build.Bodies.Of(credential).Text);
        Assert.Empty(build.Documents);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_report_keeps_no_text_and_changes_no_diagnostic_and_no_credential(string fixture)
    {
        // Given a fixture portfolio
        var root = Repository.Fixture(fixture);

        // When it is loaded whole, and again for a report, as check loads it
        var whole = new PortfolioLoader { Purpose = LoadPurpose.Patch }.Load(root);
        var report = new PortfolioLoader { Purpose = LoadPurpose.Report }.Load(root);

        // Then the diagnostics, with the lines they quote, and the credentials are the same; no body and no document is kept
        AssertSameOutcome(whole, report);
        Assert.Empty(report.Documents);
        Assert.Equal(0, report.Bodies.Count);
    }

    [Fact]
    public void A_diagnostic_quotes_its_line_though_the_document_keeps_no_text()
    {
        // Given a portfolio where one document has a missing image and another is clean
        var root = Repository.Fixture("missing-assets");

        // When it is loaded for a report
        var portfolio = new PortfolioLoader { Purpose = LoadPurpose.Report }.Load(root);

        // Then the warning carries the line it points at, and no document keeps its text
        var warning = Assert.Single(portfolio.Diagnostics, d => d.Id == "CF0112");
        Assert.Equal(10, warning.Location.Line);
        Assert.Equal("![diagram](/images/nothing.jpg)", warning.Quote);
        Assert.Equal(0, portfolio.Bodies.Count);
    }

    [Fact]
    public void A_patch_keeps_every_document_with_its_front_matter_tree()
    {
        // Given a fixture portfolio
        var root = Repository.Fixture("missing-assets");

        // When it is loaded for a patch
        var portfolio = new PortfolioLoader { Purpose = LoadPurpose.Patch }.Load(root);

        // Then every document is listed with its tree and its text
        Assert.Equal(2, portfolio.Documents.Count);
        Assert.All(portfolio.Documents, d => Assert.NotNull(d.FrontMatter));
        Assert.Equal("![diagram](/images/nothing.jpg)", portfolio.Documents.Single(d => d.RelativePath == "certifications/missing.md").Source.GetLineText(10));
    }

    private static void AssertSameOutcome(Portfolio kept, Portfolio dropped)
    {
        Assert.Equal(kept.Diagnostics, dropped.Diagnostics);
        Assert.Equal(kept.FilesChecked, dropped.FilesChecked);
        Assert.Equal(kept.Credentials.Count, dropped.Credentials.Count);
        foreach (var (before, after) in kept.Credentials.Zip(dropped.Credentials)) AssertSameFields(before, after);
    }

    private static void AssertSameFields(Credential before, Credential after)
    {
        Assert.Equal(
            (before.Slug, before.IsComplete, before.Title, before.Issued, before.Provider, before.Description, before.CredentialId, before.Expires, before.VerificationUrl, before.Level, before.Logo, before.Renew),
            (after.Slug, after.IsComplete, after.Title, after.Issued, after.Provider, after.Description, after.CredentialId, after.Expires, after.VerificationUrl, after.Level, after.Logo, after.Renew));
        Assert.Equal(before.Skills, after.Skills);
        Assert.Equal(before.Spans, after.Spans);
        Assert.Equal(before.Extra, after.Extra);
        Assert.Equal(before.RelativePath, after.RelativePath);
    }
}
