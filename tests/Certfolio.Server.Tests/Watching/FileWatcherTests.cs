using Certfolio.Server.Tests.Support;
using Certfolio.Server.Watching;

namespace Certfolio.Server.Tests.Watching;

public sealed class FileWatcherTests
{
    [Theory]
    [InlineData("certifications/a.md", false)]
    [InlineData("public/logos/a.svg", false)]
    [InlineData("certfolio.yaml", false)]
    [InlineData(".git/index", true)]
    [InlineData("certifications/.a.md.swp", true)]
    [InlineData("certifications/a.md~", true)]
    [InlineData("certifications/4913", true)]
    [InlineData("_site/index.html", true)]
    [InlineData("node_modules/x/y.js", true)]
    public void Ignores_hidden_folders_build_output_and_editor_scratch_files(string relative, bool ignored)
    {
        var root = Path.Combine(Path.GetTempPath(), "portfolio");

        Assert.Equal(ignored, FileWatcher.IsIgnored(root, Path.Combine(root, relative)));
    }

    [Fact]
    public void Ignores_paths_outside_the_watched_folder()
    {
        var root = Path.Combine(Path.GetTempPath(), "portfolio");

        Assert.True(FileWatcher.IsIgnored(root, Path.Combine(Path.GetTempPath(), "elsewhere.md")));
    }

    [Fact]
    public async Task Delivers_files_saved_together_in_one_batch()
    {
        // Given
        var root = Directory.CreateTempSubdirectory("certfolio-watch-").FullName;
        try
        {
            var batches = new List<FileChangeBatch>();
            var first = new TaskCompletionSource<FileChangeBatch>(TaskCreationOptions.RunContinuationsAsynchronously);
            await using var watcher = new FileWatcher(root, () => [], TimeSpan.FromSeconds(1), batch =>
            {
                lock (batches) batches.Add(batch);
                first.TrySetResult(batch);
                return Task.CompletedTask;
            });

            // When three files are written within the quiet period
            foreach (var name in new[] { "a.md", "b.md", "c.md" }) await File.WriteAllTextAsync(Path.Combine(root, name), name);
            var batch = await first.Task.WaitAsync(TimeSpan.FromSeconds(30));

            // Then one batch names all three
            Assert.Equal(["a.md", "b.md", "c.md"], batch.Paths.Select(Path.GetFileName).Distinct().Order(StringComparer.Ordinal));
            Assert.False(batch.Overflowed);
            Assert.True(batch.FirstEventTimestamp > 0);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Watches_the_root_one_level_deep_and_the_sites_folders_recursively_never_the_build_output()
    {
        // Given a portfolio with a build output inside it
        await using var host = await PreviewHost.StartExampleAsync();
        var root = host.Portfolio!.Root;
        host.Portfolio.Write("_site/certifications/x/index.html", "old output");

        // When
        var watched = host.Server.Watcher!.Watched;

        // Then
        Assert.Equal(new Dictionary<string, bool>
        {
            [root] = false,
            [Path.Combine(root, "certifications")] = true,
            [Path.Combine(root, "public")] = true,
            [Path.Combine(root, "training")] = true,
        }, watched.OrderBy(w => w.Key, StringComparer.Ordinal).ToDictionary());
    }

    [Fact]
    public async Task Starts_watching_a_theme_folder_created_after_start()
    {
        // Given
        await using var host = await PreviewHost.StartExampleAsync();
        var rebuilt = host.NextRebuild(r => r.ChangedPaths.Contains("assets/site.css"));

        // When a theme folder appears with an override
        host.Portfolio!.Write("theme/assets/site.css", "body { color: teal; }");
        await rebuilt;

        // Then it is watched, so later edits inside it rebuild too
        var again = host.NextRebuild(r => r.ChangedPaths.Contains("assets/site.css"));
        host.Portfolio.Write("theme/assets/site.css", "body { color: olive; }");
        await again;
        // The first write can reach the watcher as more than one event, so the rebuild awaited may be a late one of
        // "teal": rebuilds are awaited (subscribing before each look) until the served file shows the second edit.
        for (var attempt = 0; ; attempt++)
        {
            var next = host.NextRebuild(r => r.ChangedPaths.Contains("assets/site.css"));
            var css = await host.Client.GetStringAsync("/assets/site.css");
            if (css.Contains("olive", StringComparison.Ordinal)) break;
            Assert.True(attempt < 5, $"the second edit was never served: {css}");
            await next;
        }
        Assert.True(host.Server.Watcher!.Watched[Path.Combine(host.Portfolio.Root, "theme")]);
    }
}
