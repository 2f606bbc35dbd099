using System.Globalization;
using System.Text.RegularExpressions;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Text;

namespace Certfolio.Core.Binding;

/// <summary>
/// Reads the date forms a portfolio may use: <c>dd.MM.yyyy</c>, ISO <c>yyyy-MM-dd</c> and YAML/TOML timestamps, in the
/// years <see cref="MinYear"/> to <see cref="MaxYear"/>. Slashed dates are refused as ambiguous rather than guessed;
/// a date in another layout that can only mean one day, or written with other digits than 0-9, is refused with the
/// exact text to write instead.
/// </summary>
public static partial class DateValue
{
    /// <summary>The first year a date may fall in.</summary>
    public const int MinYear = 1900;

    /// <summary>The last year a date may fall in: far enough for any expiry, near enough that reminders and renewal cycles computed from it stay real dates.</summary>
    public const int MaxYear = 2199;

    // [0-9], not \d: \d also matches Arabic-Indic, full-width and other decimal digits, which int.Parse refuses.
    [GeneratedRegex(@"^([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})$")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?(?:[ \t]*(?:Z|z|[+-][0-9]{1,2}(?::?[0-9]{2})?))?)?$")]
    private static partial Regex IsoDate();

    // Day and month in either order: 13/04/2024, 04-13-2024.
    [GeneratedRegex(@"^([0-9]{1,2})([/-])([0-9]{1,2})\2([0-9]{2,4})$")]
    private static partial Regex DayMonthYear();

    // Year first with another separator: 2025/01/15, 2025.01.15.
    [GeneratedRegex(@"^([0-9]{4})([/.])([0-9]{1,2})\2([0-9]{1,2})$")]
    private static partial Regex YearFirst();

    /// <summary>Binds a date value, reporting why it is not one.</summary>
    public static DateOnly? Bind(string key, FrontMatterNode node, string relativePath, DiagnosticBag diagnostics)
    {
        var location = SourceLocation.At(relativePath, node.Span);
        if (node is not FrontMatterScalar scalar || scalar.ResolvedKind is ScalarKind.Integer or ScalarKind.Float or ScalarKind.Boolean or ScalarKind.Null)
        {
            diagnostics.Add(Descriptors.WrongType, location, key, "a date (dd.MM.yyyy or yyyy-MM-dd)", node.Describe());
            return null;
        }

        var text = scalar.Value.Trim();
        var forbidden = ControlCharacters.IndexOfForbidden(text, multiLine: false);
        if (forbidden >= 0)
        {
            diagnostics.Add(Descriptors.ControlCharacter, location, key, ControlCharacters.Describe(text[forbidden]), forbidden + 1);
            return null;
        }
        if (DottedDate().Match(text) is { Success: true } dotted)
            return Make(key, text, Int(dotted, 3), Int(dotted, 2), Int(dotted, 1), location, diagnostics);
        if (IsoDate().Match(text) is { Success: true } iso)
            return Make(key, text, Int(iso, 1), Int(iso, 2), Int(iso, 3), location, diagnostics);

        if (FoldDigits(text) is { } folded)
        {
            // Written with Arabic-Indic, full-width or other digits: the schema and other tools read only 0-9.
            var inner = new DiagnosticBag();
            if (Bind(key, scalar with { Value = folded, Kind = ScalarKind.String }, relativePath, inner) is { } date)
                diagnostics.Add(Descriptors.NonAsciiDigits, location, key, text, Dotted(date));
            else diagnostics.Add(Descriptors.UnrecognisedDate, location, key, text);
            return null;
        }
        if (DayMonthYear().Match(text) is { Success: true } slashed)
        {
            var a = Int(slashed, 1);
            var b = Int(slashed, 3);
            var year = Int(slashed, 4);
            if (year < 100) year += 2000;
            var dayFirst = Real(year, b, a);
            var monthFirst = Real(year, a, b);
            if (dayFirst is { } d1 && monthFirst is { } m1 && d1 != m1)
                diagnostics.Add(Descriptors.AmbiguousDate, location, key, text, Iso(d1), Iso(m1));
            else if ((dayFirst ?? monthFirst) is { } only)
                diagnostics.Add(Descriptors.DateInOtherLayout, location, key, text, Dotted(only), Iso(only));
            else diagnostics.Add(Descriptors.ImpossibleDate, location, key, text);
            return null;
        }
        if (YearFirst().Match(text) is { Success: true } yearFirst)
        {
            if (Real(Int(yearFirst, 1), Int(yearFirst, 3), Int(yearFirst, 4)) is { } date)
                diagnostics.Add(Descriptors.DateInOtherLayout, location, key, text, Dotted(date), Iso(date));
            else diagnostics.Add(Descriptors.ImpossibleDate, location, key, text);
            return null;
        }
        diagnostics.Add(Descriptors.UnrecognisedDate, location, key, text);
        return null;
    }

    /// <summary>Parses a date string without diagnostics (for importers and command options).</summary>
    public static DateOnly? TryParse(string text)
    {
        var bag = new DiagnosticBag();
        return Bind("date", new FrontMatterScalar(LinePosition.FileStart, text, ScalarKind.String, true), "", bag);
    }

    /// <summary>True for a day in the years dates may fall in.</summary>
    public static bool InRange(DateOnly date) => date.Year is >= MinYear and <= MaxYear;

    private static DateOnly? Make(string key, string text, int year, int month, int day, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (Real(year, month, day) is not { } date)
        {
            diagnostics.Add(Descriptors.ImpossibleDate, location, key, text);
            return null;
        }
        if (!InRange(date))
        {
            diagnostics.Add(Descriptors.YearOutOfRange, location, key, text, year, MinYear, MaxYear);
            return null;
        }
        return date;
    }

    private static DateOnly? Real(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day)
            : null;

    /// <summary>The text with every decimal digit outside 0-9 (and full-width separators) made ASCII; null when it has none.</summary>
    private static string? FoldDigits(string text)
    {
        char[]? folded = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 128) continue;
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            char? ascii = digit >= 0 ? (char)('0' + digit) : c switch { '\uFF0E' => '.', '\uFF0D' => '-', '\uFF0F' => '/', '\uFF1A' => ':', _ => null };
            if (ascii is null) continue;
            folded ??= text.ToCharArray();
            folded[i] = ascii.Value;
        }
        return folded is null ? null : new string(folded);
    }

    private static string Dotted(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int Int(Match match, int group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);
}
