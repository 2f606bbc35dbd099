using System.Net;
using AngleSharp.Html.Parser;
using Certfolio.Server.Building;
using Certfolio.Server.Tests.Support;
using Certfolio.Site.Publishing;

namespace Certfolio.Server.Tests.Building;

public sealed class PreviewSiteTests
{
    [Fact]
    public async Task Answers_503_with_the_overlay_until_a_first_build_succeeds()
    {
        // Given a portfolio that does not build
        var source = new FakeSiteSource(Path.GetTempPath());
        source.Errors.Add(Diagnostics.Error("certifications/x.md", "no title", 2, 3));
        await using var host = await PreviewHost.StartAsync(source);

        // When
        using var response = await host.Client.GetAsync("/");

        // Then
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var overlay = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()).GetElementById("certfolio-overlay");
        Assert.Contains("certifications/x.md:2:3", overlay!.TextContent);

        // And when it is fixed, the site appears
        source.Errors.Clear();
        var report = host.Server.Site.Update(["x.md"]);
        Assert.True(report.Succeeded);
        Assert.False(report.Incremental);
        Assert.Contains("<h1>Home</h1>", await host.Client.GetStringAsync("/"));
    }

    [Fact]
    public void Retries_every_file_changed_since_the_last_good_build()
    {
        // Given a built site
        var source = new RecordingSource();
        var site = new PreviewSite(source);
        site.BuildAll();

        // When one update fails and the next succeeds
        source.Fail = true;
        var failed = site.Update(["/p/a.md"]);
        source.Fail = false;
        var succeeded = site.Update(["/p/b.md"]);

        // Then the successful update covered both files
        Assert.False(failed.Succeeded);
        Assert.True(succeeded.Succeeded);
        Assert.Equal(["/p/a.md", "/p/b.md"], source.Calls[^1].Order(StringComparer.Ordinal));
        Assert.Empty(site.Errors);
    }

    [Fact]
    public void Keeps_the_files_owed_a_rebuild_across_a_change_the_site_does_not_use()
    {
        // Given a failed update
        var source = new RecordingSource();
        var site = new PreviewSite(source);
        site.BuildAll();
        source.Fail = true;
        site.Update(["/p/a.md", "/p/b.md"]);

        // When an unrelated file changes, then the portfolio is fixed
        source.Fail = false;
        source.Irrelevant = true;
        var unrelated = site.Update(["/p/notes.txt"]);
        source.Irrelevant = false;
        var fixedUp = site.Update(["/p/b.md"]);

        // Then the overlay stayed through the unrelated change, and the fix rebuilt both documents
        Assert.False(unrelated.Succeeded);
        Assert.False(unrelated.Changed);
        Assert.True(fixedUp.Succeeded);
        Assert.Equal(["/p/a.md", "/p/b.md", "/p/notes.txt"], source.Calls[^1].Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Changes_the_generation_only_when_the_served_content_or_errors_change()
    {
        // Given
        var source = new RecordingSource();
        var site = new PreviewSite(source);
        var first = site.BuildAll();

        // When the same bytes are written again
        var same = site.Update(["/p/a.md"]);
        source.Content = "changed";
        var changed = site.Update(["/p/a.md"]);

        // Then
        Assert.False(same.Changed);
        Assert.Equal(first.Generation, same.Generation);
        Assert.True(changed.Changed);
        Assert.Equal(["index.html"], changed.ChangedPaths);
        Assert.True(changed.Generation > first.Generation);
    }

    private sealed class RecordingSource : ISiteSource
    {
        public bool Fail { get; set; }
        public bool Irrelevant { get; set; }
        public string Content { get; set; } = "same";
        public List<IReadOnlyCollection<string>> Calls { get; } = [];
        public string Root => "/p";
        public IEnumerable<string> WatchedFolders => [];

        public SourceBuild BuildAll(ISiteWriter writer) => Update([], writer);

        public SourceBuild Update(IReadOnlyCollection<string> changedFiles, ISiteWriter writer)
        {
            Calls.Add(changedFiles);
            if (Irrelevant) return new SourceBuild { Succeeded = false, Relevant = false };
            if (Fail) return new SourceBuild { Succeeded = false, Diagnostics = [Diagnostics.Error("a.md", "bad")] };
            writer.Write("index.html", System.Text.Encoding.UTF8.GetBytes(Content));
            return new SourceBuild { Succeeded = true, PagesRendered = 1 };
        }
    }
}
