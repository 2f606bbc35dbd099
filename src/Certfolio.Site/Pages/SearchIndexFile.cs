namespace Certfolio.Site.Pages;

/// <summary>
/// <c>/search.json</c> as written, with where each credential's entry starts, so a rebuild copies the runs of
/// entries that stay from the last file (a few large copies) and puts in only the entries that changed.
/// Entry <c>i</c> is <c>Bytes[Starts[i]..(Starts[i + 1] - 1)]</c>: each entry is followed by one byte, ',' or ']'.
/// </summary>
internal sealed class SearchIndexFile
{
    internal SearchIndexFile(byte[] bytes, int[] starts)
    {
        Bytes = bytes;
        Starts = starts;
    }

    public byte[] Bytes { get; }

    /// <summary>One start per entry, then the file's length.</summary>
    internal int[] Starts { get; }

    /// <summary>The index of <paramref name="renders"/> (in list order): <c>[</c>, the entries joined by <c>,</c>, <c>]</c>.</summary>
    public static SearchIndexFile Join(IReadOnlyList<CredentialRender> renders)
    {
        var length = 1;
        for (var i = 0; i < renders.Count; i++) length += renders[i].SearchEntry.Length + 1;
        var bytes = new byte[Math.Max(2, length)];
        var starts = new int[renders.Count + 1];
        var position = 0;
        bytes[position++] = (byte)'[';
        for (var i = 0; i < renders.Count; i++)
        {
            if (i > 0) bytes[position++] = (byte)',';
            starts[i] = position;
            renders[i].SearchEntry.CopyTo(bytes, position);
            position += renders[i].SearchEntry.Length;
        }
        bytes[position++] = (byte)']';
        starts[renders.Count] = position;
        return new SearchIndexFile(bytes, starts);
    }
}
