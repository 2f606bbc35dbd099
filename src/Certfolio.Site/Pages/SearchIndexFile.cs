using System.Text.Json;

namespace Certfolio.Site.Pages;

/// <summary>
/// <c>/search.json</c> as written: <c>{"words":[…],"entries":[…]}</c> (docs/themes.md), with the vocabulary its entries
/// are numbered by and where each entry starts, so a rebuild copies the runs of entries that stay from the last file
/// (a few large copies) and encodes only the entries that changed (<see cref="Incremental.SearchIndexSplice"/>).
/// Entry <c>i</c> is <c>Entries[Starts[i]..(Starts[i + 1] - 1)]</c>: each entry is followed by one byte, ',' or the end.
/// </summary>
internal sealed class SearchIndexFile
{
    internal SearchIndexFile(SearchVocabulary vocabulary, byte[] entries, int[] starts)
    {
        Vocabulary = vocabulary;
        Entries = entries;
        Starts = starts;
        Bytes = Compose(vocabulary, entries);
    }

    /// <summary>The whole file.</summary>
    public byte[] Bytes { get; }

    internal SearchVocabulary Vocabulary { get; }

    /// <summary>The entries joined by ','.</summary>
    internal byte[] Entries { get; }

    /// <summary>One start per entry in <see cref="Entries"/>, then its length plus one.</summary>
    internal int[] Starts { get; }

    /// <summary>The index of <paramref name="renders"/> (in list order), numbered afresh.</summary>
    public static SearchIndexFile Join(IReadOnlyList<CredentialRender> renders)
    {
        using var encoder = new SearchEntryEncoder(new SearchVocabulary());
        var encoded = new byte[renders.Count][];
        for (var i = 0; i < renders.Count; i++) encoded[i] = encoder.Encode(renders[i].Search);
        var length = 0;
        foreach (var entry in encoded) length += entry.Length + 1;
        var bytes = new byte[Math.Max(0, length - 1)];
        var starts = new int[renders.Count + 1];
        var position = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            if (i > 0) bytes[position++] = (byte)',';
            starts[i] = position;
            encoded[i].CopyTo(bytes, position);
            position += encoded[i].Length;
        }
        starts[renders.Count] = position + 1;
        return new SearchIndexFile(encoder.Vocabulary, bytes, starts);
    }

    private static byte[] Compose(SearchVocabulary vocabulary, byte[] entries)
    {
        using var stream = new MemoryStream(entries.Length + 16 * vocabulary.Words.Count + 32);
        using (var json = new Utf8JsonWriter(stream, SearchEntryEncoder.JsonOptions))
        {
            json.WriteStartObject();
            json.WriteStartArray("words");
            foreach (var word in vocabulary.Words) json.WriteStringValue(word);
            json.WriteEndArray();
            json.WritePropertyName("entries");
            json.Flush();
        }
        stream.WriteByte((byte)'[');
        stream.Write(entries);
        stream.Write("]}"u8);
        return stream.ToArray();
    }
}
