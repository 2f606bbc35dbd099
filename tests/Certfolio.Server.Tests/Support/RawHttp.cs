using System.Net.Sockets;
using System.Text;

namespace Certfolio.Server.Tests.Support;

/// <summary>
/// Sends a request target byte for byte. HttpClient normalises <c>/../</c> and encodings before sending, which
/// would hide exactly the requests a traversal test must make.
/// </summary>
public static class RawHttp
{
    public static async Task<(int Status, string Response)> GetAsync(Uri server, string target)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var statusLine = response.Split("\r\n", 2)[0];
        return (int.Parse(statusLine.Split(' ')[1]), response);
    }
}
