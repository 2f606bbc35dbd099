using Certfolio.Core.Portfolios;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Portfolios;

/// <summary>The training ledger and the renewal policies are loaded with the portfolio, once, for every command.</summary>
public sealed class PortfolioLedgerTests
{
    private const string Credential = "---\ntitle: Widget Engineer\ndate: 2024-08-15\nprovider: Acme\ncredentialId: W-1\n---\n# Body\n";

    [Fact]
    public void The_loader_reads_the_ledger_once_and_reports_its_problems_with_the_documents()
    {
        // Given a ledger with one good record and one that names no credential, and a config policy with a bad value
        using var temp = new TempPortfolio()
            .Write("certifications/widget.md", Credential)
            .Write("training/good.md", "---\ntitle: Course\ndate: 2025-01-10\nhours: 4\nappliesTo: [W-1]\n---\n")
            .Write("training/stray.md", "---\ntitle: Talk\ndate: 2025-02-10\nhours: 1\nappliesTo: [Nothing]\n---\n")
            .Write("certfolio.yaml", "policies:\n  Acme:\n    cycleYears: 0\n");
        var fileSystem = new CountingFileSystem();

        // When the portfolio is loaded
        var portfolio = new PortfolioLoader(fileSystem).Load(temp.Root);

        // Then each training file was read once, the ledger is the portfolio's, and its problems and the policy's are its diagnostics
        Assert.Equal(1, fileSystem.ReadsOf(temp.Path("training/good.md")));
        Assert.Equal(1, fileSystem.ReadsOf(temp.Path("training/stray.md")));
        Assert.Equal(["Course", "Talk"], portfolio.Ledger.Activities.Select(a => a.Title));
        var stray = Assert.Single(portfolio.Diagnostics, d => d.Id == "CF0305");
        Assert.Equal(("training/stray.md", 5), (stray.Location.FilePath, stray.Location.Line));
        Assert.Contains(portfolio.Diagnostics, d => d.Id == "CF0201" && d.Location.FilePath == "certfolio.yaml");
        Assert.Equal(portfolio.Diagnostics.OrderBy(d => d.Location.FilePath, StringComparer.Ordinal).ThenBy(d => d.Location.Line), portfolio.Diagnostics);
    }

    [Fact]
    public void A_ledger_next_to_a_missing_content_folder_is_still_reported()
    {
        // Given a training record without hours or credits, and no certifications folder
        using var temp = new TempPortfolio().Write("training/t.md", "---\ntitle: Course\ndate: 2025-01-10\nappliesTo: [W-1]\n---\n");
        Directory.Delete(temp.Path("certifications"));

        // When loaded
        var portfolio = new PortfolioLoader().Load(temp.Root);

        // Then the record's problem is reported beside the missing folder
        Assert.Contains(portfolio.Diagnostics, d => d.Id == "CF0202");
        Assert.Contains(portfolio.Diagnostics, d => d.Id == "CF0304" && d.Location.FilePath == "training/t.md");
    }
}
