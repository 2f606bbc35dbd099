using System.Globalization;
using System.Text.RegularExpressions;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Text;

namespace Certfolio.Core.Binding;

/// <summary>
/// Reads the date forms a portfolio may use: <c>dd.MM.yyyy</c>, ISO <c>yyyy-MM-dd</c> and YAML/TOML timestamps.
/// Slashed dates are refused as ambiguous rather than guessed.
/// </summary>
public static partial class DateValue
{
    [GeneratedRegex(@"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[ \t]*(?:Z|z|[+-]\d{1,2}(?::?\d{2})?))?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^(\d{1,2})/(\d{1,2})/(\d{2,4})$")]
    private static partial Regex SlashedDate();

    /// <summary>Binds a date value, reporting why it is not one.</summary>
    public static DateOnly? Bind(string key, FrontMatterNode node, string relativePath, DiagnosticBag diagnostics)
    {
        var location = SourceLocation.At(relativePath, node.Start);
        if (node is not FrontMatterScalar scalar || scalar.ResolvedKind is ScalarKind.Integer or ScalarKind.Float or ScalarKind.Boolean or ScalarKind.Null)
        {
            diagnostics.Add(Descriptors.WrongType, location, key, "a date (dd.MM.yyyy or yyyy-MM-dd)", node.Describe());
            return null;
        }

        var text = scalar.Value.Trim();
        if (DottedDate().Match(text) is { Success: true } dotted)
            return Make(key, text, Int(dotted, 3), Int(dotted, 2), Int(dotted, 1), location, diagnostics);
        if (IsoDate().Match(text) is { Success: true } iso)
            return Make(key, text, Int(iso, 1), Int(iso, 2), Int(iso, 3), location, diagnostics);
        if (SlashedDate().Match(text) is { Success: true } slashed)
        {
            var a = Int(slashed, 1);
            var b = Int(slashed, 2);
            var year = Int(slashed, 3);
            if (year < 100) year += 2000;
            diagnostics.Add(Descriptors.AmbiguousDate, location, key, text, IsoOrQuestion(year, b, a), IsoOrQuestion(year, a, b));
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

    private static DateOnly? Make(string key, string text, int year, int month, int day, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            return new DateOnly(year, month, day);
        diagnostics.Add(Descriptors.ImpossibleDate, location, key, text);
        return null;
    }

    private static string IsoOrQuestion(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : "(not a date)";

    private static int Int(Match match, int group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);
}
