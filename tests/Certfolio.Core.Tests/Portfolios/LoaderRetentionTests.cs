using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Tests.Support;
using Certfolio.Core.Text;

namespace Certfolio.Core.Tests.Portfolios;

/// <summary>A loader that keeps less of each document (its front matter tree, its text) reports and binds exactly what a keeping one does.</summary>
public sealed class LoaderRetentionTests
{
    public static TheoryData<string> Fixtures() => new(Directory.GetDirectories(Repository.Fixture("")).Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Dropping_the_trees_changes_no_diagnostic_and_no_credential(string fixture)
    {
        // Given a fixture portfolio
        var root = Repository.Fixture(fixture);

        // When it is loaded keeping the trees, and again without them
        var kept = new PortfolioLoader().Load(root);
        var dropped = new PortfolioLoader { KeepFrontMatter = false }.Load(root);

        // Then the diagnostics are the same, and every credential is the same but for the tree it no longer points to
        AssertSameOutcome(kept, dropped);
        foreach (var (before, after) in kept.Credentials.Zip(dropped.Credentials))
        {
            Assert.Null(after.Document.FrontMatter);
            Assert.Equal(before.Body, after.Body);
        }
        Assert.All(dropped.Documents, d => Assert.Null(d.FrontMatter));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Dropping_the_texts_changes_no_diagnostic_and_no_credential(string fixture)
    {
        // Given a fixture portfolio
        var root = Repository.Fixture(fixture);

        // When it is loaded keeping everything, and again without trees and texts, as check loads it
        var kept = new PortfolioLoader().Load(root);
        var dropped = new PortfolioLoader { KeepFrontMatter = false, KeepText = false }.Load(root);

        // Then the diagnostics, with the lines they quote, and the credentials are the same; no document keeps its text
        AssertSameOutcome(kept, dropped);
        Assert.Empty(dropped.Documents);
        Assert.All(dropped.Credentials, c =>
        {
            Assert.Same(SourceText.NotKept, c.Document.Source);
            Assert.Throws<InvalidOperationException>(() => c.Body);
        });
    }

    [Fact]
    public void A_diagnostic_quotes_its_line_though_the_document_keeps_no_text()
    {
        // Given a portfolio where one document has a missing image and another is clean
        var root = Repository.Fixture("missing-assets");

        // When it is loaded without texts
        var portfolio = new PortfolioLoader { KeepFrontMatter = false, KeepText = false }.Load(root);

        // Then the warning carries the line it points at, and no document keeps its text
        var warning = Assert.Single(portfolio.Diagnostics, d => d.Id == "CF0112");
        Assert.Equal(10, warning.Location.Line);
        Assert.Equal("![diagram](/images/nothing.jpg)", warning.Quote);
        Assert.Empty(portfolio.Documents);
        Assert.All(portfolio.Credentials, c => Assert.Same(SourceText.NotKept, c.Document.Source));
    }

    [Fact]
    public void A_text_that_was_not_kept_refuses_to_be_read_rather_than_reading_as_empty()
    {
        // Given the stand-in for a text not kept
        var text = SourceText.NotKept;

        // When it is read in any way, then it throws, and says why
        Assert.False(text.IsKept);
        var error = Assert.Throws<InvalidOperationException>(() => text.Length);
        Assert.Contains("KeepText", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => text.Text);
        Assert.Throws<InvalidOperationException>(() => text.LineCount);
        Assert.Throws<InvalidOperationException>(() => text.GetLineText(1));
        Assert.Throws<InvalidOperationException>(() => text.GetPosition(0));
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
