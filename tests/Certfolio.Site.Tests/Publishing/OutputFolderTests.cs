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

    [Theory]
    [InlineData(".{0}.certfolio-new")]
    [InlineData(".{0}.certfolio-old")]
    public void Refuses_a_staging_or_backup_folder_holding_someone_elses_files_and_deletes_nothing(string leftoverName)
    {
        // Given a folder named like a build's leftover that holds the user's files and no marker
        var leftover = Path.Combine(_parent, string.Format(leftoverName, "_site"));
        Directory.CreateDirectory(leftover);
        File.WriteAllText(Path.Combine(leftover, "thesis.docx"), "precious");
        var folder = new OutputFolder(Target);

        // When a build asks whether it may go on
        var reason = folder.RefusalReason();

        // Then it is refused, naming the folder, and the file is still there
        Assert.NotNull(reason);
        Assert.Contains(leftover, reason, StringComparison.Ordinal);
        Assert.Contains(OutputFolder.MarkerFile, reason, StringComparison.Ordinal);
        Assert.Equal("precious", File.ReadAllText(Path.Combine(leftover, "thesis.docx")));
    }

    [Fact]
    public void Refuses_a_symbolic_link_or_a_file_where_the_staging_folder_goes()
    {
        var folder = new OutputFolder(Target);
        var elsewhere = Path.Combine(_parent, "documents");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, OutputFolder.MarkerFile), "planted");
        Directory.CreateSymbolicLink(folder.StagingPath, elsewhere);
        File.WriteAllText(folder.BackupPath, "a file");

        Assert.Contains(folder.StagingPath, folder.RefusalReason(), StringComparison.Ordinal);
        Directory.Delete(folder.StagingPath);
        Assert.Contains(folder.BackupPath, folder.RefusalReason(), StringComparison.Ordinal);
    }

    [Fact]
    public void Marks_the_staging_folder_as_soon_as_it_is_made_so_a_crash_leaves_nothing_foreign()
    {
        // Given a build killed right after staging began
        var folder = new OutputFolder(Target);
        folder.BeginStaging().Write("index.html", "half"u8);

        // Then the next build recognises the leftover as its own and clears it
        Assert.True(File.Exists(Path.Combine(folder.StagingPath, OutputFolder.MarkerFile)));
        Assert.Null(new OutputFolder(Target).RefusalReason());
        new OutputFolder(Target).Recover();
        Assert.False(Directory.Exists(folder.StagingPath));
    }

    [Fact]
    public void Follows_an_output_path_that_is_a_symbolic_link_and_keeps_the_link()
    {
        // Given -o naming a link to a folder elsewhere
        var real = Path.Combine(_parent, "www");
        Directory.CreateDirectory(real);
        var link = Path.Combine(_parent, "published");
        Directory.CreateSymbolicLink(link, "www");

        // When a build is committed through it, twice
        for (var i = 0; i < 2; i++)
        {
            var folder = new OutputFolder(link);
            Assert.Null(folder.RefusalReason());
            folder.Recover();
            folder.BeginStaging().Write("index.html", "new"u8);
            folder.Commit();
            Assert.Equal(real, folder.Target);
            Assert.Equal(Path.Combine(_parent, ".www.certfolio-lock"), folder.LockPath);
        }

        // Then the site is in the link's target, and the link is still a link to it
        Assert.Equal("new", File.ReadAllText(Path.Combine(real, "index.html")));
        Assert.Equal("www", new DirectoryInfo(link).LinkTarget);
        Assert.Equal(["published", "www"], Directory.EnumerateFileSystemEntries(_parent).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Commit_leaves_the_old_site_nowhere_and_the_new_one_in_place_with_the_fallback_renames()
    {
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, OutputFolder.MarkerFile), OutputFolder.MarkerText);
        File.WriteAllText(Path.Combine(Target, "index.html"), "old");
        var folder = new OutputFolder(Target, new DirectorySwap(exchange: false));

        folder.BeginStaging().Write("index.html", "new"u8);
        folder.Commit();

        Assert.Equal("new", File.ReadAllText(Path.Combine(Target, "index.html")));
        Assert.False(Directory.Exists(folder.BackupPath));
        Assert.False(Directory.Exists(folder.StagingPath));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Another_build_looking_while_the_old_site_is_deleted_never_takes_it_for_someone_elses(bool exchange)
    {
        // Given an old site of many files
        Directory.CreateDirectory(Target);
        File.WriteAllText(Path.Combine(Target, OutputFolder.MarkerFile), OutputFolder.MarkerText);
        for (var i = 0; i < 300; i++)
        {
            Directory.CreateDirectory(Path.Combine(Target, $"page{i}"));
            File.WriteAllText(Path.Combine(Target, $"page{i}", "index.html"), "old");
        }

        // When a new build is committed (the old site deleted) while a second build keeps asking whether it may go on
        var refusals = new List<string>();
        using var stop = new CancellationTokenSource();
        var watcher = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (new OutputFolder(Target).RefusalReason() is { } reason) lock (refusals) refusals.Add(reason);
            }
        });
        watcher.Start();
        var folder = new OutputFolder(Target, new DirectorySwap(exchange));
        folder.BeginStaging().Write("index.html", "new"u8);
        folder.Commit();
        stop.Cancel();
        watcher.Join();

        // Then it never saw a folder that was not ours
        Assert.True(refusals.Count == 0, string.Join("\n", refusals.Distinct()));
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
