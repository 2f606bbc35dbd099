using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Certfolio.Site.Pages;

/// <summary>
/// Writes a <see cref="SearchRecord"/> as its entry in <c>/search.json</c> (docs/themes.md, "search.json"): an array by
/// position, words as their numbers in <paramref name="vocabulary"/> (adding the new ones), dates as days since
/// 1970-01-01, <c>null</c> for a value the credential has not, <c>""</c> for an empty list of words, and nothing after
/// its last value. One encoder writes one index, entry after entry, on one thread.
/// </summary>
internal sealed class SearchEntryEncoder(SearchVocabulary vocabulary) : IDisposable
{
    // Fetched as JSON, never put into a page: what HTML or JavaScript could misread is still escaped ('<' above all),
    // but other scripts' letters stay as they are, one to three bytes rather than six (\u00E9).
    internal static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), Indented = false };

    private static readonly int Epoch = new DateOnly(1970, 1, 1).DayNumber;

    private readonly ArrayBufferWriter<byte> _buffer = new(512);
    private readonly ArrayBufferWriter<byte> _numbers = new(128);
    private Utf8JsonWriter? _json;

    public SearchVocabulary Vocabulary => vocabulary;

    public byte[] Encode(SearchRecord record)
    {
        _buffer.ResetWrittenCount();
        if (_json is null) _json = new Utf8JsonWriter(_buffer, JsonOptions);
        else _json.Reset(_buffer);
        var json = _json;

        // How many values are written: nothing after the last one the credential has.
        var last = record.RenewalOpens is not null ? 9
            : record.TextWords.Length > 0 ? 8
            : record.CredentialId is not null ? 7
            : record.Expires is not null ? 6
            : 5;
        json.WriteStartArray();
        json.WriteStringValue(record.Slug);
        Words(json, record.TitleWords);
        json.WriteNumberValue(vocabulary.NumberOf(record.Provider));
        if (record.Level is { } level) json.WriteNumberValue(vocabulary.NumberOf(level));
        else json.WriteNullValue();
        Words(json, record.Skills);
        json.WriteNumberValue(Days(record.Issued));
        if (last >= 6) Date(json, record.Expires);
        if (last >= 7)
        {
            if (record.CredentialId is { } id) json.WriteStringValue(id);
            else json.WriteNullValue();
        }
        if (last >= 8) Words(json, record.TextWords);
        if (last >= 9) Date(json, record.RenewalOpens);
        json.WriteEndArray();
        json.Flush();
        return _buffer.WrittenSpan.ToArray();
    }

    private static int Days(DateOnly date) => date.DayNumber - Epoch;

    private static void Date(Utf8JsonWriter json, DateOnly? date)
    {
        if (date is { } day) json.WriteNumberValue(Days(day));
        else json.WriteNullValue();
    }

    private void Words(Utf8JsonWriter json, string[] words)
    {
        _numbers.ResetWrittenCount();
        foreach (var word in words)
        {
            var span = _numbers.GetSpan(SearchNumbers.MaxLength);
            _numbers.Advance(SearchNumbers.Write(vocabulary.NumberOf(word), span));
        }
        json.WriteStringValue(_numbers.WrittenSpan);
    }

    public void Dispose() => _json?.Dispose();
}
