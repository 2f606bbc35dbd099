using Certfolio.Server.Building;
using Certfolio.Server.Tests.Support;
using Certfolio.Site.Publishing;

namespace Certfolio.Server.Tests.Building;

/// <summary>The preview reports the training ledger's problems with the documents', and reads the ledger again when it changes.</summary>
public sealed class LedgerOverlayTests
{
    private const string Stray = "---\ntitle: \"Talk\"\ndate: \"10.02.2025\"\nhours: 1\nappliesTo: [\"Nothing\"]\n---\n";

    [Fact]
    public void A_ledger_problem_is_in_the_previews_diagnostics_before_and_after_a_document_edit()
    {
        // Given the example portfolio with a training record that names nothing
        using var folder = TempPortfolio.CopyOfExample();
        folder.Write("training/stray.md", Stray);
        var source = new PortfolioSiteSource(folder.Root);

        // When the preview builds, and then a document is edited
        var first = source.BuildAll(new MemorySiteWriter());
        var document = "certifications/pmp.md";
        folder.Write(document, folder.Read(document) + "\nOne more line.\n");
        var edited = source.Update([folder.PathOf(document)], new MemorySiteWriter());

        // Then both carry the ledger's warning at the training file
        Assert.Contains(first.Diagnostics, d => d.Id == "CF0305" && d.Location.FilePath == "training/stray.md");
        Assert.Contains(edited.Diagnostics, d => d.Id == "CF0305" && d.Location.FilePath == "training/stray.md");
    }

    [Fact]
    public void A_change_in_the_training_folder_reloads_the_ledger()
    {
        // Given a preview of the example portfolio
        using var folder = TempPortfolio.CopyOfExample();
        var source = new PortfolioSiteSource(folder.Root);
        Assert.DoesNotContain(source.BuildAll(new MemorySiteWriter()).Diagnostics, d => d.Id == "CF0305");

        // When a training record that names nothing is added
        folder.Write("training/stray.md", Stray);
        var build = source.Update([folder.PathOf("training/stray.md")], new MemorySiteWriter());

        // Then the preview rebuilt everything and reports it, and the folder is watched
        Assert.True(build.Complete);
        Assert.Contains(build.Diagnostics, d => d.Id == "CF0305" && d.Location.FilePath == "training/stray.md");
        Assert.Contains(folder.PathOf("training"), source.WatchedFolders);
    }
}
