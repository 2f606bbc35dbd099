using Certfolio.Core.Portfolios;
using Certfolio.Server.Building;
using Certfolio.Server.Tests.Support;

namespace Certfolio.Server.Tests.Building;

public sealed class IncrementalPortfolioTests
{
    [Fact]
    public void Loads_the_same_portfolio_as_the_loader()
    {
        // Given
        using var folder = TempPortfolio.CopyOfExample();

        // When
        var incremental = new IncrementalPortfolio(folder.Root).LoadAll();
        var loaded = new PortfolioLoader().Load(folder.Root);

        // Then
        AssertSame(loaded, incremental);
    }

    [Fact]
    public void After_edits_additions_and_deletions_matches_a_fresh_load()
    {
        // Given
        using var folder = TempPortfolio.CopyOfExample();
        var portfolio = new IncrementalPortfolio(folder.Root);
        portfolio.LoadAll();

        // When one document is broken, one copied under a clashing credential ID, one deleted
        folder.Write("certifications/pmp.md", folder.Read("certifications/pmp.md").Replace("title:", "titel:"));
        folder.Write("certifications/copy.md", folder.Read("certifications/rhcsa.md"));
        File.Delete(folder.PathOf("certifications/cissp.md"));
        var updated = portfolio.Update(new[] { "pmp.md", "copy.md", "cissp.md" }.Select(f => folder.PathOf("certifications/" + f)));

        // Then
        Assert.True(updated.HasErrors);
        AssertSame(new PortfolioLoader().Load(folder.Root), updated);
    }

    [Theory]
    [InlineData("certifications/a.md", true)]
    [InlineData("certifications/sub/b.markdown", true)]
    [InlineData("certifications/_draft.md", false)]
    [InlineData("certifications/notes.txt", false)]
    [InlineData("public/logos/a.md", false)]
    [InlineData("certfolio.yaml", false)]
    public void Knows_which_paths_are_documents(string relative, bool document)
    {
        using var folder = TempPortfolio.CopyOfExample();
        var portfolio = new IncrementalPortfolio(folder.Root);
        portfolio.LoadAll();

        Assert.Equal(document, portfolio.IsDocument(folder.PathOf(relative)));
    }

    [Fact]
    public void Keeps_the_invalid_documents_and_the_config_text_as_the_loader_does()
    {
        // Given a portfolio with a document that does not load, edited after the first load
        using var folder = TempPortfolio.CopyOfExample();
        var portfolio = new IncrementalPortfolio(folder.Root);
        portfolio.LoadAll();
        var broken = folder.PathOf("certifications/broken.md");
        File.WriteAllText(broken, "---\ntitle: Broken\nprovider: Acme\n---\n");

        // When the edit is loaded
        var updated = portfolio.Update([broken]);

        // Then the invalid document and the text of certfolio.yaml are there, as a fresh load has them
        var loaded = new PortfolioLoader().Load(folder.Root);
        Assert.Equal(loaded.InvalidDocuments.Select(d => (d.RelativePath, d.FirstError.Id)), updated.InvalidDocuments.Select(d => (d.RelativePath, d.FirstError.Id)));
        Assert.Contains(updated.InvalidDocuments, d => d.RelativePath == "certifications/broken.md");
        Assert.Equal(loaded.ConfigText?.Text, updated.ConfigText?.Text);
        AssertSame(loaded, updated);
    }

    private static void AssertSame(Portfolio expected, Portfolio actual)
    {
        Assert.Equal(expected.Credentials.Select(c => c.Slug), actual.Credentials.Select(c => c.Slug));
        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
        Assert.Equal(expected.FilesChecked, actual.FilesChecked);
        Assert.Equal(expected.Bodies.Count, actual.Bodies.Count);
        Assert.All(expected.Credentials, c => Assert.Equal(expected.Bodies.Of(c).Text, actual.Bodies.Of(c).Text));
    }
}
