using Certfolio.Site.Publishing;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Integration;

/// <summary>The site build tracks with the ledger the loader read, and reads no training file itself.</summary>
public sealed class LedgerOnSiteTests
{
    [Fact]
    public void The_build_uses_the_ledger_the_loader_read_and_does_not_read_it_again()
    {
        // Given the example portfolio, loaded with its training ledger, and its owner view (which shows the credits)
        using var example = TestPortfolio.Copy(Path.Combine(TestPortfolio.RepositoryRoot, "examples", "portfolio"));
        var portfolio = example.Load();
        Assert.NotEmpty(portfolio.Ledger.Activities);
        var before = new MemorySiteWriter();
        Assert.True(TestPortfolio.Builder.Build(portfolio, TestPortfolio.OwnerOptions(), before).Succeeded);

        // When the training folder is gone and the same loaded portfolio is built again
        Directory.Delete(Path.Combine(example.Root, "training"), recursive: true);
        var after = new MemorySiteWriter();
        Assert.True(TestPortfolio.Builder.Build(portfolio, TestPortfolio.OwnerOptions(), after).Succeeded);

        // Then the credits on every page are the same: the build never read the folder
        Assert.Equal(before.Files.Keys.Order(StringComparer.Ordinal), after.Files.Keys.Order(StringComparer.Ordinal));
        Assert.All(before.Files, file => Assert.True(file.Value.AsSpan().SequenceEqual(after.Files[file.Key]), file.Key));
    }
}
