using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Certfolio.Site.Languages;

/// <summary>
/// The strings the page script prints, put into <c>site.js</c> by the build: the script calls <c>t('KEY')</c>, and
/// the build replaces its <c>/*certfolio:strings*/{}</c> with an object of those keys' texts in the site's language
/// (plural forms included). <c>t('status.' + status)</c> names a prefix: every key that starts with it is put in. A theme's own script without the marker is published as it is.
/// </summary>
public static partial class ScriptStrings
{
    public const string Marker = "/*certfolio:strings*/{}";

    // The script is in a file of its own, not in HTML, so only what JavaScript needs is escaped; German stays readable.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    [GeneratedRegex(@"\bt\('([A-Za-z][\w.-]*)'")]
    private static partial Regex KeyCall();

    /// <summary>The keys a script asks for with <c>t('KEY')</c>, in order of first use.</summary>
    public static IReadOnlyList<string> Keys(string script) =>
        KeyCall().Matches(script).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>
    /// True when a script that names <paramref name="keys"/> prints <paramref name="key"/>: it names the key, its base
    /// (<c>relative.days</c> for <c>relative.days.one</c>), or a prefix ending in a dot (<c>t('status.' + now)</c>).
    /// </summary>
    public static bool Uses(IReadOnlyList<string> keys, string key)
    {
        Strings.IsPluralForm(key, out var baseKey);
        foreach (var named in keys)
        {
            if (named.EndsWith('.') ? key.StartsWith(named, StringComparison.Ordinal) : named == key || named == baseKey) return true;
        }
        return false;
    }

    /// <summary><paramref name="script"/> with its marker replaced by the strings it uses; unchanged without the marker.</summary>
    public static byte[] Apply(byte[] script, Strings strings)
    {
        var text = Encoding.UTF8.GetString(script);
        var at = text.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0) return script;
        var keys = Keys(text);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            foreach (var (key, value) in strings.All)
            {
                if (Uses(keys, key)) json.WriteString(key, value);
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), Encoding.UTF8.GetString(buffer.ToArray()), text.AsSpan(at + Marker.Length)));
    }
}
