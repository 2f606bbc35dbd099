using System.Security.Cryptography;
using System.Text;

namespace Certfolio.Interop.OpenBadges;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5, SHA-1) so an export run twice gives the same identifiers. .NET
/// has no built-in version 5, and the algorithm is a dozen lines.
/// </summary>
public static class DeterministicUuid
{
    /// <summary>The RFC's URL namespace, 6ba7b811-9dad-11d1-80b4-00c04fd430c8.</summary>
    public static readonly Guid UrlNamespace = new("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

    public static Guid Create(string name, Guid? @namespace = null)
    {
        Span<byte> namespaceBytes = stackalloc byte[16];
        (@namespace ?? UrlNamespace).TryWriteBytes(namespaceBytes, bigEndian: true, out _);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        namespaceBytes.CopyTo(input);
        nameBytes.CopyTo(input, 16);
#pragma warning disable CA5350 // SHA-1 is what version 5 UUIDs are defined with; this is naming, not security.
        var hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }

    public static string Urn(string name) => "urn:uuid:" + Create(name).ToString("D");
}
