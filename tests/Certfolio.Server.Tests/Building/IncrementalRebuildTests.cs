using Certfolio.Server.Tests.Support;

namespace Certfolio.Server.Tests.Building;

public sealed class IncrementalRebuildTests : IAsyncLifetime
{
    private const string Document = "certifications/rhcsa.md";
    private PreviewHost _host = null!;

    public async Task InitializeAsync() => _host = await PreviewHost.StartExampleAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Rebuilds_only_the_pages_an_edited_document_appears_on()
    {
        // Given
        var total = _host.Server.FirstBuild!.PagesRendered;
        var rebuilt = _host.NextRebuild();

        // When the body (not the card) of one document changes
        _host.Portfolio!.Write(Document, _host.Portfolio.Read(Document) + "\nAn added closing paragraph.\n");
        var report = await rebuilt;

        // Then its page was rendered again, and no other credential's page
        Assert.True(report.Succeeded);
        Assert.True(report.Incremental);
        Assert.Contains("certifications/rhcsa/index.html", report.ChangedPaths);
        Assert.DoesNotContain(report.ChangedPaths, p => p.StartsWith("certifications/", StringComparison.Ordinal) && p != "certifications/rhcsa/index.html");
        Assert.True(report.PagesRendered < total / 2, $"{report.PagesRendered} of {total} pages rendered");
        Assert.NotNull(report.SinceFirstEvent);
    }

    [Fact]
    public async Task Removes_the_page_of_a_deleted_document()
    {
        // Given
        Assert.True(_host.Server.Site.Snapshot.TryGet("certifications/rhcsa/index.html", out _));
        var rebuilt = _host.NextRebuild();

        // When
        File.Delete(_host.Portfolio!.PathOf(Document));
        var report = await rebuilt;

        // Then
        Assert.True(report.Succeeded);
        Assert.Contains("certifications/rhcsa/index.html", report.ChangedPaths);
        Assert.False(_host.Server.Site.Snapshot.TryGet("certifications/rhcsa/index.html", out _));
        Assert.DoesNotContain("rhcsa", await _host.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Adds_the_page_of_a_new_document()
    {
        // Given
        var rebuilt = _host.NextRebuild();

        // When
        _host.Portfolio!.Write("certifications/new-cert.md", _host.Portfolio.Read(Document).Replace("Red Hat Certified System Administrator", "Brand New Cert").Replace("200-114-332", "NEW-1"));
        var report = await rebuilt;

        // Then
        Assert.True(report.Succeeded, string.Join("\n", report.Errors));
        Assert.Contains("certifications/new-cert/index.html", report.ChangedPaths);
        Assert.Contains("Brand New Cert", await _host.Client.GetStringAsync("/certifications/new-cert/"));
    }
}
