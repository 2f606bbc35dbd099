using Certfolio.Site.Publishing;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Publishing;

public sealed class OutputFolderTests : IDisposable
{
    private readonly string _parent = Path.Combine(Path.GetTempPath(), "certfolio-output-tests", Guid.NewGuid().ToString("N"));

    public OutputFolderTests() => Directory.CreateDirectory(_parent);

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private string Target => Path.Combine(_parent, "_site");

    [Fact]
    public void A_committed_build_replaces_the_old_output_and_leaves_no_staging_or_backup()
    {
        // Given an earlier output
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, OutputFolder.MarkerFile), OutputFolder.MarkerText);
        File.WriteAllText(Path.Combine(Target, "old.html"), "old");
        var folder = new OutputFolder(Target);

        // When a new build is staged and committed
        folder.Recover();
        Assert.Null(folder.RefusalReason());
        folder.BeginStaging().Write("index.html", "new"u8);
        folder.Commit();

        // Then only the new files are there, with the marker
        Assert.Equal("new", File.ReadAllText(Path.Combine(Target, "index.html")));
        Assert.False(File.Exists(Path.Combine(Target, "old.html")));
        Assert.True(File.Exists(Path.Combine(Target, OutputFolder.MarkerFile)));
        Assert.False(Directory.Exists(folder.StagingPath));
        Assert.False(Directory.Exists(folder.BackupPath));
    }

    [Fact]
    public void An_abandoned_build_leaves_the_old_output_untouched()
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, OutputFolder.MarkerFile), OutputFolder.MarkerText);
        File.WriteAllText(Path.Combine(Target, "index.html"), "old");
        var folder = new OutputFolder(Target);

        folder.BeginStaging().Write("index.html", "half"u8);
        folder.Abandon();

        Assert.Equal("old", File.ReadAllText(Path.Combine(Target, "index.html")));
        Assert.False(Directory.Exists(folder.StagingPath));
    }

    [Fact]
    public void Refuses_a_non_empty_folder_without_the_marker()
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "thesis.docx"), "precious");

        var reason = new OutputFolder(Target).RefusalReason();

        Assert.NotNull(reason);
        Assert.Contains(OutputFolder.MarkerFile, reason);
    }

    [Fact]
    public void Accepts_an_empty_or_missing_folder()
    {
        Assert.Null(new OutputFolder(Target).RefusalReason());
        Directory.CreateDirectory(Target);
        Assert.Null(new OutputFolder(Target).RefusalReason());
    }

    [Fact]
    public void Recovers_the_old_output_after_a_crash_between_the_two_renames()
    {
        // Given a crash after "old → backup" and before "staging → target"
        var folder = new OutputFolder(Target);
        Directory.CreateDirectory(folder.BackupPath);
        File.WriteAllText(Path.Combine(folder.BackupPath, "index.html"), "old");
        Directory.CreateDirectory(folder.StagingPath);
        File.WriteAllText(Path.Combine(folder.StagingPath, "index.html"), "complete but not swapped");

        // When the next run starts
        folder.Recover();

        // Then the old output is back in place and the leftovers are gone
        Assert.Equal("old", File.ReadAllText(Path.Combine(Target, "index.html")));
        Assert.False(Directory.Exists(folder.BackupPath));
        Assert.False(Directory.Exists(folder.StagingPath));
    }

    [Fact]
    public void Removes_a_backup_left_after_a_crash_following_the_second_rename()
    {
        var folder = new OutputFolder(Target);
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, "index.html"), "new");
        Directory.CreateDirectory(folder.BackupPath);

        folder.Recover();

        Assert.Equal("new", File.ReadAllText(Path.Combine(Target, "index.html")));
        Assert.False(Directory.Exists(folder.BackupPath));
    }

    [Fact]
    public void A_portfolio_with_errors_writes_nothing()
    {
        // Given a portfolio whose only document has no title
        using var portfolio = TestPortfolio.FromFiles(new Dictionary<string, string>
        {
            ["certifications/broken.md"] = "---\ndate: \"2024-01-01\"\nprovider: \"X\"\n---\nbody\n",
        });
        var writer = new MemorySiteWriter();

        // When it is built
        var result = TestPortfolio.Builder.Build(portfolio.Load(), TestPortfolio.Options(), writer);

        // Then the build fails with the portfolio's errors and nothing was written
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Id == "CF0101");
        Assert.Empty(writer.Files);
    }
}
