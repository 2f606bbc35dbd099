using System.Globalization;
using System.Text;
using Certfolio.Core.Model;

namespace Certfolio.Site.Languages;

/// <summary>
/// The interface strings of one language, every key filled (a language file's own strings over those of its parent
/// language, over English), and the date names of that language. Templates read them with the <c>t</c> filter, the
/// build's code with <see cref="Get"/> and <see cref="Format"/>, and the page script with the strings put into
/// <c>site.js</c> (<see cref="ScriptStrings"/>). Immutable; made once per build.
/// </summary>
public sealed class Strings
{
    private const string One = ".one";
    private const string Other = ".other";
    private readonly IReadOnlyDictionary<string, string> _text;

    internal Strings(string language, IReadOnlyDictionary<string, string> text)
    {
        Language = language;
        _text = text;
        DateFormat = DateNames(text);
        NumberFormat = NumberNames(text);
    }

    /// <summary>English as shipped with the default theme: the strings of a build that names no language, and of tests.</summary>
    public static Strings English => LanguageFiles.English;

    /// <summary>The language file these strings come from: <c>en</c>, <c>de</c>, <c>de-CH</c>.</summary>
    public string Language { get; }

    /// <summary>Month and day names of the language, for the portfolio's <c>dateFormat</c> (<c>MMMM</c>, <c>ddd</c>).</summary>
    public DateTimeFormatInfo DateFormat { get; }

    /// <summary>
    /// The separators of the language's numbers (<c>number.decimal</c>, <c>number.group</c>): 1,234.5 in English,
    /// 1.234,5 in German. Culture data is not there under invariant globalization, so the language file gives them.
    /// </summary>
    public NumberFormatInfo NumberFormat { get; }

    /// <summary>Every key and its text, in key order (plural forms as <c>KEY.one</c> and <c>KEY.other</c>).</summary>
    public IReadOnlyDictionary<string, string> All => _text;

    /// <summary>The text of <paramref name="key"/>; the key itself when no language has it, so a typo shows on the page.</summary>
    public string Get(string key) => _text.TryGetValue(key, out var text) ? text : key;

    /// <summary>The text of <paramref name="key"/> with its <c>{name}</c> placeholders filled.</summary>
    public string Format(string key, params ReadOnlySpan<(string Name, string Value)> values) => Fill(Get(key), values);

    /// <summary>
    /// The form of <paramref name="key"/> for <paramref name="count"/> (<c>KEY.one</c> for 1, else <c>KEY.other</c>, else
    /// <c>KEY</c>) with <c>{count}</c> and the other placeholders filled.
    /// </summary>
    public string Count(string key, long count, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var text = Lookup(key, count);
        var number = Number(count);
        var filled = Fill(text, values);
        return filled.Replace("{count}", number, StringComparison.Ordinal);
    }

    /// <summary>A whole number as the language writes it: 1,234 or 1.234.</summary>
    public string Number(long value) => value.ToString("#,0", NumberFormat);

    /// <summary>An amount as the language writes it, with at most two decimals and none when whole: 17.5 or 17,5; 120.</summary>
    public string Number(double value) => value.ToString("#,0.##", NumberFormat);

    /// <inheritdoc cref="Number(double)"/>
    public string Number(decimal value) => value.ToString("#,0.##", NumberFormat);

    /// <summary>A status as people read it: "renewal open", "läuft bald ab".</summary>
    public string Status(CredentialStatus status) => Get("status." + status.ToSlug());

    /// <summary>A date in <paramref name="format"/> with this language's month and day names.</summary>
    public string Date(DateOnly date, DatePrecision precision, string format) => DateText.Format(date, precision, format, DateFormat);

    private string Lookup(string key, long count)
    {
        if (_text.TryGetValue(key + (count == 1 ? One : Other), out var form)) return form;
        return Get(key);
    }

    /// <summary>Replaces each <c>{name}</c> by its value; other braces are left as they are.</summary>
    internal static string Fill(string text, ReadOnlySpan<(string Name, string Value)> values)
    {
        if (values.IsEmpty || !text.Contains('{')) return text;
        var builder = new StringBuilder(text.Length + 32);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            var close = open < 0 ? -1 : text.IndexOf('}', open + 1);
            if (close < 0)
            {
                builder.Append(text, i, text.Length - i);
                break;
            }
            builder.Append(text, i, open - i);
            var name = text.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var (n, value) in values)
            {
                if (!name.SequenceEqual(n)) continue;
                builder.Append(value);
                found = true;
                break;
            }
            if (!found) builder.Append(text, open, close - open + 1);
            i = close + 1;
        }
        return builder.ToString();
    }

    /// <summary>True when <paramref name="key"/> is a plural form: <c>KEY.one</c> or <c>KEY.other</c>.</summary>
    public static bool IsPluralForm(string key, out string baseKey)
    {
        baseKey = key.EndsWith(One, StringComparison.Ordinal) ? key[..^One.Length]
            : key.EndsWith(Other, StringComparison.Ordinal) ? key[..^Other.Length]
            : key;
        return !ReferenceEquals(baseKey, key);
    }

    // Invariant globalization has no German calendar data, so the names come from the language file, on a copy of the
    // invariant format (whose patterns dateFormat never uses: it is always a custom format).
    private static DateTimeFormatInfo DateNames(IReadOnlyDictionary<string, string> text)
    {
        var format = (DateTimeFormatInfo)CultureInfo.InvariantCulture.DateTimeFormat.Clone();
        if (Names(text, "date.months", 12) is { } months)
        {
            format.MonthNames = [.. months, ""];
            format.MonthGenitiveNames = [.. months, ""];
        }
        if (Names(text, "date.monthsShort", 12) is { } shortMonths)
        {
            format.AbbreviatedMonthNames = [.. shortMonths, ""];
            format.AbbreviatedMonthGenitiveNames = [.. shortMonths, ""];
        }
        if (Names(text, "date.days", 7) is { } days) format.DayNames = days;
        if (Names(text, "date.daysShort", 7) is { } shortDays) format.AbbreviatedDayNames = shortDays;
        return DateTimeFormatInfo.ReadOnly(format);
    }

    private static NumberFormatInfo NumberNames(IReadOnlyDictionary<string, string> text)
    {
        var format = (NumberFormatInfo)CultureInfo.InvariantCulture.NumberFormat.Clone();
        if (text.TryGetValue("number.decimal", out var point) && point.Length > 0) format.NumberDecimalSeparator = point;
        // An empty group separator is a language that does not group (1234); the key is still there.
        if (text.TryGetValue("number.group", out var group)) format.NumberGroupSeparator = group;
        return NumberFormatInfo.ReadOnly(format);
    }

    private static string[]? Names(IReadOnlyDictionary<string, string> text, string key, int count) =>
        text.TryGetValue(key, out var list) && list.Split(',', StringSplitOptions.TrimEntries) is { } names && names.Length == count ? names : null;
}
