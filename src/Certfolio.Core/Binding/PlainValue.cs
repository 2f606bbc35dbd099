using System.Globalization;
using Certfolio.Core.Documents;

namespace Certfolio.Core.Binding;

/// <summary>Converts a front matter tree to plain .NET values for templates and exports.</summary>
public static class PlainValue
{
    public static object? From(FrontMatterNode node) => node switch
    {
        FrontMatterScalar s => s.ResolvedKind switch
        {
            ScalarKind.Null => null,
            ScalarKind.Boolean => s.Value.Equals("true", StringComparison.OrdinalIgnoreCase),
            ScalarKind.Integer when long.TryParse(s.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) => l,
            ScalarKind.Float when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => s.Value,
        },
        FrontMatterSequence q => q.Items.Select(From).ToList(),
        FrontMatterMapping m => m.Entries.ToDictionary(e => e.Key, e => From(e.Value), StringComparer.Ordinal),
        _ => null,
    };
}
