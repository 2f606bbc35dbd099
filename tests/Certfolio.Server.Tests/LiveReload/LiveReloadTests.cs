using System.Net;
using Certfolio.Server.Tests.Support;

namespace Certfolio.Server.Tests.LiveReload;

public sealed class LiveReloadTests : IAsyncLifetime
{
    private const string Document = "certifications/cka-certified-kubernetes-administrator.md";
    private PreviewHost _host = null!;

    public async Task InitializeAsync() => _host = await PreviewHost.StartExampleAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Sends_a_reload_event_after_a_document_is_edited()
    {
        // Given a tab listening for events
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var response = await _host.Client.GetAsync("/_certfolio/livereload", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        await ReadUntilAsync(events, "event: hello", timeout.Token);

        // When the document's title changes
        _host.Portfolio!.Write(Document, _host.Portfolio.Read(Document).Replace("CKA: Certified Kubernetes Administrator", "CKA: Kubernetes Admin (edited)"));

        // Then a reload event arrives, naming the rebuilt page, and the page shows the new title
        var data = await ReadUntilAsync(events, "event: reload", timeout.Token);
        Assert.Contains("certifications/cka-certified-kubernetes-administrator/index.html", data);
        var page = await _host.Client.GetStringAsync("/certifications/cka-certified-kubernetes-administrator/");
        Assert.Contains("CKA: Kubernetes Admin (edited)", page);
    }

    [Fact]
    public async Task Sends_no_reload_for_a_file_the_site_does_not_use()
    {
        // Given
        var rebuilt = _host.NextRebuild();

        // When
        _host.Portfolio!.Write("notes.txt", "scratch");

        // Then
        var report = await rebuilt;
        Assert.False(report.Changed);
        Assert.Empty(report.ChangedPaths);
    }

    /// <summary>Reads event-stream lines until <paramref name="eventLine"/>, then returns the event's data line.</summary>
    private static async Task<string> ReadUntilAsync(StreamReader reader, string eventLine, CancellationToken token)
    {
        while (await reader.ReadLineAsync(token) is { } line)
        {
            if (line == eventLine) return await reader.ReadLineAsync(token) ?? "";
        }
        throw new EndOfStreamException($"The event stream ended before '{eventLine}'.");
    }
}
