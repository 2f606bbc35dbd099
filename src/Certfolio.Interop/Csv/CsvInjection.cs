using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Certfolio.Interop.Csv;

/// <summary>
/// CSV injection (OWASP): a spreadsheet runs a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR
/// as a formula (<c>=cmd|' /C calc'!A0</c>, <c>=HYPERLINK(…)</c>). Every CSV Certfolio writes goes through
/// <see cref="Writer"/>, which has CsvHelper prefix such a cell with a single quote and quote it, so it is shown as
/// text; <see cref="Unescape"/> takes the quote off again when Certfolio reads its own file back.
/// </summary>
public static class CsvInjection
{
    /// <summary>The characters that make a spreadsheet read a cell as a formula (CsvHelper's defaults, OWASP's list).</summary>
    public static readonly IReadOnlyList<char> Characters = ['=', '@', '+', '-', '\t', '\r'];

    public const char EscapeCharacter = '\'';

    /// <summary>A writer for <paramref name="output"/> that neutralises formula cells.</summary>
    public static CsvWriter Writer(TextWriter output) =>
        new(output, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            InjectionOptions = InjectionOptions.Escape,
            InjectionCharacters = Characters.ToArray(),
            InjectionEscapeCharacter = EscapeCharacter,
        });

    /// <summary>A cell as written before <see cref="Writer"/> neutralised it: <c>'=1+1</c> back to <c>=1+1</c>.</summary>
    public static string Unescape(string value) =>
        value.Length >= 2 && value[0] == EscapeCharacter && Characters.Contains(value[1]) ? value[1..] : value;
}
