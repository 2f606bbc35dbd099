using System.Collections.Concurrent;
using System.Threading.Channels;

namespace Certfolio.Server.LiveReload;

/// <summary>
/// The open live-reload connections. Each server-sent-events client gets its own queue, so a slow tab never
/// holds up the others or a rebuild.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly ConcurrentDictionary<long, Channel<string>> _clients = new();
    private long _nextId;
    private volatile bool _completed;

    /// <summary>Raised when a client subscribes (tests wait for a tab to be listening before editing a file).</summary>
    public event Action? ClientConnected;

    /// <summary>Registers a client; dispose the subscription when its connection ends.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
        var id = Interlocked.Increment(ref _nextId);
        _clients[id] = channel;
        if (_completed) channel.Writer.TryComplete();
        ClientConnected?.Invoke();
        return new Subscription(this, id, channel.Reader);
    }

    /// <summary>Sends one server-sent event (<c>event: name</c>, <c>data: …</c>) to every client.</summary>
    public void Broadcast(string eventName, string data)
    {
        var message = $"event: {eventName}\ndata: {data.ReplaceLineEndings("\ndata: ")}\n\n";
        foreach (var client in _clients.Values) client.Writer.TryWrite(message);
    }

    /// <summary>Ends every stream, so the server can stop without waiting on open tabs.</summary>
    public void Complete()
    {
        _completed = true;
        foreach (var client in _clients.Values) client.Writer.TryComplete();
    }

    private void Remove(long id) => _clients.TryRemove(id, out _);

    /// <summary>One client's queue of messages, already formatted as event-stream text.</summary>
    public sealed class Subscription(LiveReloadHub hub, long id, ChannelReader<string> messages) : IDisposable
    {
        public ChannelReader<string> Messages { get; } = messages;

        public void Dispose() => hub.Remove(id);
    }
}
