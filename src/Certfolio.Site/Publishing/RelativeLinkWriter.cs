using System.Buffers;
using System.Text;

namespace Certfolio.Site.Publishing;

/// <summary>
/// A site without <c>baseUrl</c> works wherever it is put: opened from disk (<c>_site/index.html</c>), under any path
/// of a host. Its pages are written with root-relative URLs (<c>/assets/site.css</c>); on the way out every attribute
/// value starting with one '/' becomes relative to the page (<c>../../assets/site.css</c>), as Hugo's
/// <c>relativeURLs</c> does. Only HTML pages change, and not <c>404.html</c>, which a host serves at any depth.
/// </summary>
internal sealed class RelativeLinkWriter(ISiteWriter inner) : ISiteWriter
{
    private static readonly byte[] AttributeStart = "=\"/"u8.ToArray();

    /// <summary>The writer a build writes through: this one when the site has no base URL, else the target itself.</summary>
    public static ISiteWriter For(ISiteWriter target, string? baseUrl) => baseUrl is null ? new RelativeLinkWriter(target) : target;

    public void Write(string sitePath, ReadOnlySpan<byte> content)
    {
        if (!Rewrites(sitePath) || content.IndexOf(AttributeStart) < 0) inner.Write(sitePath, content);
        else inner.WriteOwned(sitePath, Relative(content, ToRoot(sitePath)));
    }

    public void WriteOwned(string sitePath, byte[] content)
    {
        if (!Rewrites(sitePath) || content.AsSpan().IndexOf(AttributeStart) < 0) inner.WriteOwned(sitePath, content);
        else inner.WriteOwned(sitePath, Relative(content, ToRoot(sitePath)));
    }

    public void Copy(string sitePath, string sourceFile) => inner.Copy(sitePath, sourceFile);

    public void Delete(string sitePath) => inner.Delete(sitePath);

    private static bool Rewrites(string sitePath) => sitePath.EndsWith(".html", StringComparison.Ordinal) && sitePath != "404.html";

    /// <summary>From a page to the site's root: "./" at the top, "../../" two folders down.</summary>
    public static string ToRoot(string sitePath)
    {
        var depth = sitePath.Count(c => c == '/');
        return depth == 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>The page with each <c>="/x</c> (not <c>="//host</c>) written <c>="{toRoot}x</c>.</summary>
    public static byte[] Relative(ReadOnlySpan<byte> page, string toRoot)
    {
        var prefix = Encoding.ASCII.GetBytes(toRoot);
        var output = new ArrayBufferWriter<byte>(page.Length + 256);
        while (page.IndexOf(AttributeStart) is var at and >= 0)
        {
            var valueStart = at + 2; // the '/'
            output.Write(page[..valueStart]);
            var protocolRelative = valueStart + 1 < page.Length && page[valueStart + 1] == (byte)'/';
            if (protocolRelative) output.Write(page.Slice(valueStart, 1));
            else output.Write(prefix);
            page = page[(valueStart + 1)..];
        }
        output.Write(page);
        return output.WrittenSpan.ToArray();
    }
}
