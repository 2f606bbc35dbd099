using System.Text.Json;

namespace Certfolio.Cli.Tests.Published;

/// <summary>One tab's live-reload stream (server-sent events from <c>/_certfolio/livereload</c>).</summary>
public sealed class ReloadEvents : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private ReloadEvents(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    /// <summary>Opens the stream and waits for its <c>hello</c>, after which no reload can be missed.</summary>
    public static async Task<ReloadEvents> OpenAsync(HttpClient client)
    {
        var response = await client.GetAsync("_certfolio/livereload", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var events = new ReloadEvents(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        while (await events._reader.ReadLineAsync() is { } line && line != "event: hello")
        {
        }
        return events;
    }

    /// <summary>The data of the next <c>reload</c> event: <c>{ generation, succeeded, paths }</c>.</summary>
    public async Task<JsonDocument> NextReloadAsync(TimeSpan within)
    {
        using var deadline = new CancellationTokenSource(within);
        while (await _reader.ReadLineAsync(deadline.Token) is { } line)
        {
            if (line != "event: reload") continue;
            var data = await _reader.ReadLineAsync(deadline.Token);
            Assert.NotNull(data);
            Assert.StartsWith("data: ", data, StringComparison.Ordinal);
            return JsonDocument.Parse(data["data: ".Length..]);
        }
        throw new InvalidOperationException("the live-reload stream ended before a reload");
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
