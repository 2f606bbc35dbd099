using System.Net;
using System.Text;
using AngleSharp.Html.Parser;
using Certfolio.Core.Diagnostics;
using Certfolio.Server.Building;
using Certfolio.Site.Publishing;

namespace Certfolio.Server.Tests.Building;

/// <summary>A rebuild that throws must not end the preview: the error shows, and the next save rebuilds.</summary>
public sealed class RebuildCrashTests
{
    [Fact]
    public void A_report_says_whether_a_good_build_is_still_served()
    {
        // Given a preview whose very first build throws
        var source = new ThrowingSource("/p") { Throw = true };
        var site = new PreviewSite(source);

        // When it builds, then is fixed, then fails again
        var first = site.BuildAll();
        source.Throw = false;
        var fixedUp = site.Update(["/p/certifications/b.md"]);
        source.Throw = true;
        var again = site.Update(["/p/certifications/b.md"]);

        // Then the first failure has no site to fall back on; the later one keeps the good build
        Assert.False(first.Succeeded);
        Assert.False(first.HasSite);
        Assert.True(fixedUp.HasSite);
        Assert.False(again.Succeeded);
        Assert.True(again.HasSite);
    }

    [Fact]
    public void A_rebuild_that_throws_reports_the_error_at_the_changed_file_and_the_next_update_rebuilds_everything()
    {
        // Given a built preview whose source throws on the next update
        var source = new ThrowingSource("/p");
        var site = new PreviewSite(source);
        site.BuildAll();
        source.Throw = true;

        // When a document changes, then is fixed
        var crashed = site.Update(["/p/certifications/b.md"]);
        source.Throw = false;
        source.Content = "fixed";
        var next = site.Update(["/p/certifications/b.md"]);

        // Then the crash is a CF0920 error at the changed file, the old site stays, and the fix rebuilds the whole site
        Assert.False(crashed.Succeeded);
        Assert.True(crashed.Changed);
        var error = Assert.Single(crashed.Errors);
        Assert.Equal(Descriptors.RebuildFailed.Id, error.Id);
        Assert.Equal("/p/certifications/b.md", error.Location.FilePath);
        Assert.Contains("InvalidOperationException: the theme blew up", error.Message, StringComparison.Ordinal);
        Assert.True(next.Succeeded);
        Assert.False(next.Incremental);
        Assert.Equal(2, source.FullBuilds);
        Assert.Empty(site.Errors);
        Assert.Equal("fixed", Encoding.UTF8.GetString(site.Snapshot.TryGet("index.html", out var index) ? index.Content : []));
    }

    [Fact]
    public void A_first_build_that_throws_shows_the_error_instead_of_ending_the_server()
    {
        var source = new ThrowingSource("/p") { Throw = true };
        var site = new PreviewSite(source);

        var report = site.BuildAll();

        Assert.False(report.Succeeded);
        Assert.False(site.HasSite);
        Assert.Equal(Descriptors.RebuildFailed.Id, Assert.Single(site.Errors).Id);
    }

    [Fact]
    public async Task The_watching_preview_shows_the_overlay_after_a_crash_and_rebuilds_on_the_next_save()
    {
        // Given a watched preview of a folder whose page.txt decides what the build does
        var root = Directory.CreateTempSubdirectory("certfolio-crash-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(root, "page.txt"), "first");
            var source = new FileDrivenSource(root);
            await using var server = new PreviewServer(new PreviewOptions { Root = root, Port = 0, Debounce = TimeSpan.FromMilliseconds(20) }, source);
            var url = await server.StartAsync();
            using var client = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };

            // When a save makes the build throw
            var crash = NextRebuild(server, r => !r.Succeeded);
            await File.WriteAllTextAsync(Path.Combine(root, "page.txt"), "throw");
            var crashed = await crash;

            // Then the page shows the overlay with the error
            Assert.Contains(crashed.Errors, e => e.Id == Descriptors.RebuildFailed.Id);
            using (var response = await client.GetAsync("/"))
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var overlay = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).GetElementById("certfolio-overlay");
                Assert.NotNull(overlay);
                Assert.Contains("CF0920", overlay.TextContent, StringComparison.Ordinal);
            }

            // And when the file is fixed, the next save rebuilds and the overlay goes
            var fixedUp = NextRebuild(server, r => r.Succeeded);
            await File.WriteAllTextAsync(Path.Combine(root, "page.txt"), "second");
            await fixedUp;
            var page = await client.GetStringAsync("/");
            Assert.Contains("second", page, StringComparison.Ordinal);
            Assert.DoesNotContain("certfolio-overlay\"", page, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static Task<RebuildReport> NextRebuild(PreviewServer server, Func<RebuildReport, bool> match)
    {
        var done = new TaskCompletionSource<RebuildReport>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Handler(RebuildReport report)
        {
            if (!match(report)) return;
            server.Site.Rebuilt -= Handler;
            done.TrySetResult(report);
        }
        server.Site.Rebuilt += Handler;
        return done.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private sealed class ThrowingSource(string root) : ISiteSource
    {
        public bool Throw { get; set; }
        public string Content { get; set; } = "first";
        public int FullBuilds { get; private set; }
        public string Root => root;
        public IEnumerable<string> WatchedFolders => [];

        public SourceBuild BuildAll(ISiteWriter writer)
        {
            FullBuilds++;
            return Write(writer);
        }

        public SourceBuild Update(IReadOnlyCollection<string> changedFiles, ISiteWriter writer) => Write(writer);

        private SourceBuild Write(ISiteWriter writer)
        {
            if (Throw) throw new InvalidOperationException("the theme blew up");
            writer.Write("index.html", Encoding.UTF8.GetBytes(Content));
            return new SourceBuild { Succeeded = true, Complete = true, PagesRendered = 1 };
        }
    }

    /// <summary>Serves page.txt as the home page; its text "throw" makes the build throw, as a bug in a real build would.</summary>
    private sealed class FileDrivenSource(string root) : ISiteSource
    {
        public string Root => root;
        public IEnumerable<string> WatchedFolders => [];
        public SourceBuild BuildAll(ISiteWriter writer) => Write(writer);
        public SourceBuild Update(IReadOnlyCollection<string> changedFiles, ISiteWriter writer) => Write(writer);

        private SourceBuild Write(ISiteWriter writer)
        {
            var text = File.ReadAllText(Path.Combine(root, "page.txt"));
            if (text == "throw") throw new InvalidDataException("cannot render this page");
            writer.Write("index.html", Encoding.UTF8.GetBytes($"<!doctype html><html><head><title>t</title></head><body><p>{text}</p></body></html>"));
            return new SourceBuild { Succeeded = true, Complete = true, PagesRendered = 1 };
        }
    }
}
