using System.Globalization;
using System.Text;

namespace Certfolio.Interop.Importing;

/// <summary>Writes YAML scalars the way the reference document does: double-quoted, escaped by the YAML rules.</summary>
public static class YamlText
{
    /// <summary>The reference document's date style: <c>dd.MM.yyyy</c>.</summary>
    public const string DottedDate = "dd.MM.yyyy";

    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ' or '\u007f' or '\u0085' or '\u2028' or '\u2029':
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }
        return builder.Append('"').ToString();
    }

    public static string SingleQuote(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string FlowList(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    public static string Date(DateOnly date, string format = DottedDate) => date.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>Whether a plain (unquoted) scalar would read back as this same string.</summary>
    public static bool IsSafePlain(string value)
    {
        if (value.Length == 0 || value != value.Trim()) return false;
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(value[0], StringComparison.Ordinal)) return false;
        if (value.Contains(": ", StringComparison.Ordinal) || value.Contains(" #", StringComparison.Ordinal) || value.EndsWith(':')) return false;
        if (value.Any(c => c < ' ' || c == '\u007f')) return false;
        var scalar = new Core.Documents.FrontMatterScalar(Core.Text.LinePosition.FileStart, value, Core.Documents.ScalarKind.Plain, false);
        return scalar.ResolvedKind == Core.Documents.ScalarKind.String;
    }
}
