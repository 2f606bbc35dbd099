using System.Text;

namespace Certfolio.Server.LiveReload;

/// <summary>Adds the preview's script (and the error overlay) to an HTML page just before <c>&lt;/body&gt;</c>.</summary>
public static class HtmlInjector
{
    private static readonly byte[] BodyEnd = "</body>"u8.ToArray();

    public static byte[] Inject(ReadOnlySpan<byte> page, string? overlay)
    {
        var insert = new StringBuilder();
        if (overlay is not null)
        {
            insert.Append("<link rel=\"stylesheet\" href=\"").Append(ClientAssets.StylePath).Append("\">").Append(overlay);
        }
        insert.Append("<script src=\"").Append(ClientAssets.ScriptPath).Append("\" defer></script>");
        var extra = Encoding.UTF8.GetBytes(insert.ToString());

        var at = LastIndexOfIgnoreCase(page, BodyEnd);
        if (at < 0) at = page.Length;
        var result = new byte[page.Length + extra.Length];
        page[..at].CopyTo(result);
        extra.CopyTo(result.AsSpan(at));
        page[at..].CopyTo(result.AsSpan(at + extra.Length));
        return result;
    }

    private static int LastIndexOfIgnoreCase(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle)
    {
        for (var i = haystack.Length - needle.Length; i >= 0; i--)
        {
            if (Ascii.EqualsIgnoreCase(haystack.Slice(i, needle.Length), needle)) return i;
        }
        return -1;
    }
}
