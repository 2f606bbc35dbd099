using Certfolio.Core.Portfolios;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Portfolios;

/// <summary>
/// System calls are the expensive part of checking a big portfolio on this kind of machine (docs/performance.md): the
/// listing already says what each document and asset is, so a load asks nothing more per document or per logo.
/// </summary>
public sealed class SystemCallBudgetTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47];

    [Fact]
    public void Loading_asks_a_constant_number_of_questions_whatever_the_number_of_documents_and_logos()
    {
        // Given portfolios of 10 and 40 documents, each with its own logo in the assets folder and a badge image
        var small = Questions(10);
        var large = Questions(40);

        // Then every document is read once, and no question is asked per document or per logo
        Assert.Equal((small.Probes, small.RealPaths), (large.Probes, large.RealPaths));
        Assert.Equal(40, large.Reads);
    }

    private static (int Probes, int RealPaths, int Reads) Questions(int documents)
    {
        using var temp = new TempPortfolio();
        for (var i = 0; i < documents; i++)
        {
            temp.Write($"public/logos/l{i}.png", Png);
            temp.Write($"certifications/c{i}.md",
                $"---\ntitle: \"Cert {i}\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nlogo: \"/logos/l{i}.png\"\n---\n\n![badge](/logos/l{i}.png)\n");
        }
        var fileSystem = new CountingFileSystem();
        var portfolio = new PortfolioLoader(fileSystem).Load(temp.Root);
        Assert.Empty(portfolio.Diagnostics);
        return (fileSystem.Probes, fileSystem.RealPaths, fileSystem.Reads.Where(r => r.Key.EndsWith(".md", StringComparison.Ordinal)).Sum(r => r.Value));
    }
}
