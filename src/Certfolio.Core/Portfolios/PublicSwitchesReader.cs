using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Text;

namespace Certfolio.Core.Portfolios;

/// <summary>
/// Reads <c>public:</c>. Whatever is not a clear <c>true</c> stays off: a misspelt switch (CF0220) or a value that is
/// not true or false (CF0221) never publishes more than the owner meant.
/// </summary>
internal static class PublicSwitchesReader
{
    public static PublicSwitches Read(FrontMatterNode? node, DiagnosticBag diagnostics)
    {
        if (node is null or FrontMatterScalar { IsNull: true }) return PublicSwitches.None;
        if (node is not FrontMatterMapping map)
        {
            diagnostics.Add(Descriptors.InvalidPublicSwitch, SourceLocation.At(ConfigReader.FileName, node.Start),
                "public", $"a mapping of switches ({string.Join(", ", PublicSwitches.Keys)}), each true or false", ReceivedValue.Of(node));
            return PublicSwitches.None;
        }
        var switches = PublicSwitches.None;
        foreach (var entry in map.Entries)
        {
            if (!PublicSwitches.Keys.Contains(entry.Key, StringComparer.Ordinal))
            {
                diagnostics.Add(Descriptors.UnknownPublicSwitch, SourceLocation.At(ConfigReader.FileName, entry.KeyStart), entry.Key, Suggestion(entry.Key));
                continue;
            }
            if (entry.Value is not FrontMatterScalar { ResolvedKind: ScalarKind.Boolean } flag)
            {
                diagnostics.Add(Descriptors.InvalidPublicSwitch, SourceLocation.At(ConfigReader.FileName, entry.Value.Start),
                    $"public.{entry.Key}", "true or false", ReceivedValue.Of(entry.Value));
                continue;
            }
            var on = flag.Value.Equals("true", StringComparison.OrdinalIgnoreCase);
            switches = entry.Key switch
            {
                "renewal" => switches with { Renewal = on },
                "credits" => switches with { Credits = on },
                "calendar" => switches with { Calendar = on },
                _ => switches with { AddToProfile = on },
            };
        }
        return switches;
    }

    /// <summary>"did you mean 'credits'? " for a near miss, then the switches there are.</summary>
    private static string Suggestion(string key)
    {
        var nearest = PublicSwitches.Keys.MinBy(known => EditDistance.Between(key, known))!;
        var known = string.Join(", ", PublicSwitches.Keys);
        return EditDistance.Between(key, nearest) <= 2 ? $"did you mean '{nearest}'? The switches are {known}" : $"the switches are {known}";
    }
}
