namespace Certfolio.Site.Pages;

/// <summary>
/// <c>/search.json</c> as written, with where each credential's entry starts, so a rebuild copies the runs of
/// entries that stay from the last file (a few large copies) and puts in only the entries that changed.
/// Entry <c>i</c> is <c>Bytes[Starts[i]..(Starts[i + 1] - 1)]</c>: each entry is followed by one byte, ',' or ']'.
/// </summary>
internal sealed class SearchIndexFile
{
    private SearchIndexFile(byte[] bytes, int[] starts)
    {
        Bytes = bytes;
        Starts = starts;
    }

    public byte[] Bytes { get; }

    /// <summary>One start per entry, then the file's length.</summary>
    private int[] Starts { get; }

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

    /// <summary>This file edited as <paramref name="script"/> edits the list it was joined from.</summary>
    public SearchIndexFile Splice(SpliceScript<CredentialRender> script)
    {
        var segments = new List<(byte[] Source, int Start, int Length, int Entries, int First)>();
        script.Walk(
            (first, count) => segments.Add((Bytes, Starts[first], Starts[first + count] - 1 - Starts[first], count, first)),
            render => segments.Add((render.SearchEntry, 0, render.SearchEntry.Length, 1, -1)));
        var entries = 0;
        var length = 1;
        foreach (var segment in segments)
        {
            length += segment.Length + 1;
            entries += segment.Entries;
        }
        var bytes = new byte[Math.Max(2, length)];
        var starts = new int[entries + 1];
        var position = 0;
        var entry = 0;
        bytes[position++] = (byte)'[';
        foreach (var (source, start, count, inside, first) in segments)
        {
            if (entry > 0) bytes[position++] = (byte)',';
            if (first >= 0)
            {
                // A run of entries that stay: one copy, and their starts shifted by how far the run moved.
                var shift = position - start;
                for (var i = 0; i < inside; i++) starts[entry + i] = Starts[first + i] + shift;
            }
            else starts[entry] = position;
            Array.Copy(source, start, bytes, position, count);
            position += count;
            entry += inside;
        }
        bytes[position++] = (byte)']';
        starts[entries] = position;
        return new SearchIndexFile(bytes, starts);
    }
}
