using Certfolio.Site.Pages;

namespace Certfolio.Site.Incremental;

/// <summary>
/// <c>/search.json</c> after a rebuild: the runs of entries that stay are copied from the last file in a few large
/// copies, and only the entries that changed are encoded, numbering their new words after the last file's. Words no
/// entry uses any more stay in the vocabulary until the next full build: the file means the same as a full build's,
/// but is not byte for byte the same.
/// </summary>
internal static class SearchIndexSplice
{
    /// <summary><paramref name="last"/> edited as <paramref name="script"/> edits the list it was joined from.</summary>
    public static SearchIndexFile Splice(SearchIndexFile last, SpliceScript<CredentialRender> script)
    {
        using var encoder = new SearchEntryEncoder(last.Vocabulary.Extended());
        var segments = new List<(byte[] Source, int Start, int Length, int Entries, int First)>();
        script.Walk(
            (first, count) => segments.Add((last.Entries, last.Starts[first], last.Starts[first + count] - 1 - last.Starts[first], count, first)),
            render =>
            {
                var entry = encoder.Encode(render.Search);
                segments.Add((entry, 0, entry.Length, 1, -1));
            });
        var entries = 0;
        var length = 0;
        foreach (var segment in segments)
        {
            length += segment.Length + 1;
            entries += segment.Entries;
        }
        var bytes = new byte[Math.Max(0, length - 1)];
        var starts = new int[entries + 1];
        var position = 0;
        var entry = 0;
        foreach (var (source, start, count, inside, first) in segments)
        {
            if (entry > 0) bytes[position++] = (byte)',';
            if (first >= 0)
            {
                // A run of entries that stay: one copy, and their starts shifted by how far the run moved.
                var shift = position - start;
                for (var i = 0; i < inside; i++) starts[entry + i] = last.Starts[first + i] + shift;
            }
            else starts[entry] = position;
            Array.Copy(source, start, bytes, position, count);
            position += count;
            entry += inside;
        }
        starts[entries] = position + 1;
        return new SearchIndexFile(encoder.Vocabulary, bytes, starts);
    }
}
