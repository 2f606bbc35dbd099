using System.Buffers;

namespace Certfolio.Core.Text;

/// <summary>
/// Characters a front matter value may not hold: C0 controls but tab, DEL, C1 controls, and the Unicode line and
/// paragraph separators. A value that reaches an .ics line, an XML feed or a terminal must not be able to start a
/// new line there or carry a NUL, so line feeds are allowed only in values that are prose (a description).
/// </summary>
public static class ControlCharacters
{
    private static readonly SearchValues<char> InLine = SearchValues.Create(Build(allowLineFeed: false));
    private static readonly SearchValues<char> InProse = SearchValues.Create(Build(allowLineFeed: true));

    /// <summary>The index of the first character <paramref name="value"/> may not hold, or -1.</summary>
    public static int IndexOfForbidden(ReadOnlySpan<char> value, bool multiLine) =>
        value.IndexOfAny(multiLine ? InProse : InLine);

    /// <summary>True when <paramref name="value"/> holds no forbidden character.</summary>
    public static bool IsClean(ReadOnlySpan<char> value, bool multiLine = false) => IndexOfForbidden(value, multiLine) < 0;

    /// <summary>A readable name for a character of the set (<c>U+000D (carriage return)</c>).</summary>
    public static string Describe(char c)
    {
        var name = c switch
        {
            '\0' => "NUL",
            '\a' => "bell",
            '\b' => "backspace",
            '\n' => "line feed",
            '\v' => "vertical tab",
            '\f' => "form feed",
            '\r' => "carriage return",
            '\u001B' => "escape",
            '\u007F' => "delete",
            '\u0085' => "next line",
            '\u2028' => "line separator",
            '\u2029' => "paragraph separator",
            _ => null,
        };
        return name is null ? $"U+{(int)c:X4}" : $"U+{(int)c:X4} ({name})";
    }

    private static string Build(bool allowLineFeed)
    {
        var chars = new List<char>();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c == '\t' || (c == '\n' && allowLineFeed)) continue;
            chars.Add(c);
        }
        for (var c = '\u007F'; c <= '\u009F'; c++) chars.Add(c);
        if (!allowLineFeed)
        {
            chars.Add('\u2028');
            chars.Add('\u2029');
        }
        return new string(chars.ToArray());
    }
}
