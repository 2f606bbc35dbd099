using System.Text;

namespace Certfolio.Interop.ICalendar;

/// <summary>
/// Makes document values fit to be calendar property values. Ical.Net escapes TEXT (<c>\\ \; \, \n</c>) and folds
/// lines at 75 octets without splitting a UTF-8 sequence, but it passes control characters through, and writes a
/// URI's line breaks verbatim: a <c>verificationUrl</c> holding CR LF would end the event and start one of its own.
/// </summary>
public static class IcsValue
{
    /// <summary>
    /// TEXT with every line break (CR LF, CR, LF, U+2028, U+2029) as one LF, which the serializer writes as <c>\n</c>,
    /// and every other control character (RFC 5545 allows none but HTAB) as U+FFFD.
    /// </summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value)) return value ?? "";
        if (!value.AsSpan().ContainsAnyInRange('\0', '\u001F') && !value.AsSpan().ContainsAnyInRange('\u007F', '\u009F')
            && !value.Contains('\u2028') && !value.Contains('\u2029')) return value;
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\r' && i + 1 < value.Length && value[i + 1] == '\n') continue;
            text.Append(c switch
            {
                '\t' => '\t',
                '\n' or '\r' or '\u2028' or '\u2029' => '\n',
                < ' ' or (>= '\u007F' and <= '\u009F') => '\uFFFD',
                _ => c,
            });
        }
        return text.ToString();
    }

    /// <summary>
    /// The value as an absolute http(s) URI, or null when it is not one or holds anything a URI line cannot carry
    /// (spaces, control characters): the property is then left out rather than written with a line break in it.
    /// </summary>
    public static Uri? HttpUri(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        foreach (var c in value)
        {
            if (c <= ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029') return null;
        }
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        // The serializer writes the URI's text form; one that decodes to a control character is refused as well.
        var written = uri.ToString();
        foreach (var c in written)
        {
            if (c <= ' ' || c is >= '\u007F' and <= '\u009F') return null;
        }
        return uri;
    }
}
