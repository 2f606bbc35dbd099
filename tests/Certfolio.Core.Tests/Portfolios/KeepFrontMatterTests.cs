using Certfolio.Core.Portfolios;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Portfolios;

/// <summary>A loader that drops the front matter trees once bound reports and binds exactly what a keeping one does.</summary>
public sealed class KeepFrontMatterTests
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
        Assert.Equal(kept.Diagnostics, dropped.Diagnostics);
        Assert.Equal(kept.Credentials.Count, dropped.Credentials.Count);
        foreach (var (before, after) in kept.Credentials.Zip(dropped.Credentials))
        {
            Assert.Null(after.Document.FrontMatter);
            Assert.Equal(
                (before.Slug, before.IsComplete, before.Title, before.Issued, before.Provider, before.Description, before.CredentialId, before.Expires, before.VerificationUrl, before.Level, before.Logo, before.Renew),
                (after.Slug, after.IsComplete, after.Title, after.Issued, after.Provider, after.Description, after.CredentialId, after.Expires, after.VerificationUrl, after.Level, after.Logo, after.Renew));
            Assert.Equal(before.Skills, after.Skills);
            Assert.Equal(before.Positions, after.Positions);
            Assert.Equal(before.Extra, after.Extra);
            Assert.Equal(before.Body, after.Body);
        }
        Assert.All(dropped.Documents, d => Assert.Null(d.FrontMatter));
    }
}
