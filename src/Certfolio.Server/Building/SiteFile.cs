using System.Security.Cryptography;

namespace Certfolio.Server.Building;

/// <summary>One file of the served site: its bytes and a strong ETag computed from them when first asked.</summary>
public sealed class SiteFile(byte[] content)
{
    private string? _etag;

    public byte[] Content { get; } = content;

    /// <summary>A strong validator of the content (quoted, as HTTP writes it).</summary>
    public string ETag => _etag ??= $"\"{Convert.ToHexStringLower(SHA256.HashData(Content).AsSpan(0, 12))}\"";
}
