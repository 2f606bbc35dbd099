using System.Globalization;
using Certfolio.Core.Documents;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;

namespace Certfolio.Core.Renewal;

/// <summary>
/// Binds a <c>renewal:</c> block (or one provider's entry under <c>policies:</c>) to <see cref="RenewalTerms"/>.
/// Every problem goes to <c>report(key, position, message)</c>; a bad value is left out, never guessed.
/// </summary>
public static class RenewalTermsBinder
{
    public static readonly IReadOnlyList<string> Keys = ["cycleYears", "windowDays", "credits", "creditUnit", "creditsPerHour", "annualMinimum", "url"];

    public delegate void Reporter(string key, LinePosition position, string message);

    public static RenewalTerms Bind(FrontMatterMapping mapping, Reporter report)
    {
        var terms = new RenewalTerms();
        foreach (var entry in mapping.Entries)
        {
            var value = entry.Value;
            if (value is FrontMatterScalar { IsNull: true }) continue;
            switch (entry.Key)
            {
                case "cycleYears":
                    terms = terms with { CycleYears = WholeNumber(entry, 1, 100, report) };
                    break;
                case "windowDays":
                    terms = terms with { WindowDays = WholeNumber(entry, 0, 3660, report) };
                    break;
                case "credits":
                    terms = terms with { Credits = Number(entry, allowZero: true, report) };
                    break;
                case "creditUnit":
                    terms = terms with { CreditUnit = Text(entry, report) };
                    break;
                case "creditsPerHour":
                    terms = terms with { CreditsPerHour = Number(entry, allowZero: false, report) };
                    break;
                case "annualMinimum":
                    terms = terms with { AnnualMinimum = Number(entry, allowZero: true, report) };
                    break;
                case "url":
                    var url = Text(entry, report);
                    if (url is not null && !Validation.SafeUrl.IsHttp(url))
                        report(entry.Key, value.Start, $"'{url}' must be an absolute http or https URL");
                    else terms = terms with { Url = url };
                    break;
                default:
                    report(entry.Key, entry.KeyStart, $"unknown key; a renewal block takes {string.Join(", ", Keys)}");
                    break;
            }
        }
        return terms;
    }

    private static int? WholeNumber(FrontMatterEntry entry, int min, int max, Reporter report)
    {
        if (entry.Value is FrontMatterScalar { ResolvedKind: ScalarKind.Integer } s
            && int.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            if (n >= min && n <= max) return n;
            report(entry.Key, entry.Value.Start, $"{n} is out of range; it must be between {min} and {max}");
            return null;
        }
        report(entry.Key, entry.Value.Start, $"must be a whole number; got {ReceivedValue.Of(entry.Value)}");
        return null;
    }

    private static double? Number(FrontMatterEntry entry, bool allowZero, Reporter report)
    {
        if (entry.Value is FrontMatterScalar { ResolvedKind: ScalarKind.Integer or ScalarKind.Float } s
            && double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n))
        {
            if (n > 0 || (allowZero && n == 0)) return n;
            report(entry.Key, entry.Value.Start, $"{s.Value} must be {(allowZero ? "zero or more" : "more than zero")}");
            return null;
        }
        report(entry.Key, entry.Value.Start, $"must be a number; got {ReceivedValue.Of(entry.Value)}");
        return null;
    }

    private static string? Text(FrontMatterEntry entry, Reporter report)
    {
        if (entry.Value is FrontMatterScalar { ResolvedKind: ScalarKind.String } s && !string.IsNullOrWhiteSpace(s.Value)) return s.Value.Trim();
        report(entry.Key, entry.Value.Start, entry.Value is FrontMatterScalar { ResolvedKind: ScalarKind.String } ? "must not be empty" : $"must be a string; got {ReceivedValue.Of(entry.Value)}");
        return null;
    }
}
