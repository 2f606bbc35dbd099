using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Certfolio.Interop.Exporting;

/// <summary>How exported JSON files are written: indented, non-ASCII kept readable (a file, not HTML), ending in a newline.</summary>
public static class ExportJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(JsonNode node) => node.ToJsonString(Options) + "\n";
}
