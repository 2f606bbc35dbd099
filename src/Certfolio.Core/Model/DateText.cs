using System.Globalization;
using System.Text;

namespace Certfolio.Core.Model;

/// <summary>
/// Dates as people read them, in the portfolio's <c>dateFormat</c>: a date known only to its month is shown in the
/// format's month form (<c>dd.MM.yyyy</c> → <c>06.2024</c>, <c>yyyy-MM-dd</c> → <c>2024-06</c>, <c>MMMM d, yyyy</c> →
/// <c>June 2024</c>), a date known to the year as the year: never as a day nobody wrote.
/// </summary>
public static class DateText
{
    public static string Format(DateOnly date, DatePrecision precision, string format) =>
        date.ToString(FormatFor(precision, format), CultureInfo.InvariantCulture);

    /// <summary>As <see cref="Format(DateOnly, DatePrecision, string)"/>, with the month and day names of <paramref name="names"/>.</summary>
    public static string Format(DateOnly date, DatePrecision precision, string format, IFormatProvider names) =>
        date.ToString(FormatFor(precision, format), names);

    /// <summary>The format with the parts finer than the precision taken out, with their separators.</summary>
    public static string FormatFor(DatePrecision precision, string format) => precision switch
    {
        DatePrecision.Month => WithoutDay(format),
        DatePrecision.Year => "yyyy",
        _ => format,
    };

    /// <summary>
    /// Takes out the day ('d' … 'dddd') and the separator that went with it: the one after it when something follows,
    /// else the one before. A format with quoted literals or escapes is not taken apart: ISO's month form is used.
    /// </summary>
    private static string WithoutDay(string format)
    {
        if (format.IndexOfAny(['\'', '"', '\\', '%']) >= 0 || !format.Contains('M')) return "yyyy-MM";
        var parts = Split(format);
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i][0] != 'd') continue;
            var separatorAfter = i + 2 < parts.Count && !IsField(parts[i + 1]);
            var separatorBefore = i > 0 && !IsField(parts[i - 1]);
            if (separatorAfter) parts.RemoveAt(i + 1);
            else if (separatorBefore) { parts.RemoveAt(i - 1); i--; }
            parts.RemoveAt(i);
            i--;
        }
        var result = string.Concat(parts).Trim();
        return result.Length == 0 ? "yyyy-MM" : result;
    }

    private static bool IsField(string part) => char.IsAsciiLetter(part[0]);

    /// <summary>Runs of one field letter ("dd", "MMMM", "yyyy") and runs of everything else (separators).</summary>
    private static List<string> Split(string format)
    {
        var parts = new List<string>();
        var run = new StringBuilder();
        foreach (var c in format)
        {
            if (run.Length > 0 && (char.IsAsciiLetter(c) ? run[0] != c : char.IsAsciiLetter(run[0])))
            {
                parts.Add(run.ToString());
                run.Clear();
            }
            run.Append(c);
        }
        if (run.Length > 0) parts.Add(run.ToString());
        return parts;
    }
}
