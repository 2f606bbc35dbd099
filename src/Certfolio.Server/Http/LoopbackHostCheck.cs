using System.Net;
using Microsoft.AspNetCore.Http;

namespace Certfolio.Server.Http;

/// <summary>
/// DNS-rebinding protection. A page on a hostile site can point its own name at 127.0.0.1 and then read a local
/// server as if it were itself; the one thing it cannot change is the Host header, which still names the hostile
/// site. So a preview bound to a loopback address answers only requests addressed to <c>localhost</c>,
/// <c>127.0.0.1</c> (any loopback IP) or <c>[::1]</c> on the port the request came in on. A preview bound to another
/// address (<c>--host 0.0.0.0</c>) was opened to the network on purpose and answers any name.
/// </summary>
public sealed class LoopbackHostCheck
{
    public const string RefusalText = "This preview answers only requests for localhost, 127.0.0.1 or [::1] on its own port (DNS rebinding protection).\n";

    private readonly bool _enabled;

    /// <param name="boundHost">The address the server listens on (<see cref="PreviewOptions.Host"/>).</param>
    public LoopbackHostCheck(string boundHost) => _enabled = IsLoopback(boundHost);

    /// <summary>True when the request may be answered.</summary>
    public bool Allows(HttpRequest request, int localPort) => !_enabled || Allows(request.Host, localPort);

    /// <summary>True when <paramref name="host"/> (the Host header) names this machine's loopback on <paramref name="localPort"/>.</summary>
    public static bool Allows(HostString host, int localPort)
    {
        if (!host.HasValue) return false;
        var port = host.Port ?? 80;
        if (port != localPort) return false;
        var name = host.Host;
        if (string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase)) return true;
        if (name.StartsWith('[') && name.EndsWith(']')) name = name[1..^1];
        // Only an address literal: a name (even one resolving to 127.0.0.1) is exactly what a rebinding attack uses.
        return IPAddress.TryParse(name, out var address) && IPAddress.IsLoopback(address) && IsLiteral(name, address);
    }

    private static bool IsLoopback(string boundHost) =>
        string.Equals(boundHost, "localhost", StringComparison.OrdinalIgnoreCase)
        || IPAddress.TryParse(boundHost.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);

    // IPAddress.TryParse also takes "2130706433" or "127.1"; browsers normalise those before sending, so only the dotted
    // quad and IPv6 forms count.
    private static bool IsLiteral(string text, IPAddress address) =>
        address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 || text == address.ToString();
}
