using System.Text.Json.Serialization;

namespace Certfolio.Server.LiveReload;

/// <summary>The data of a <c>reload</c> event: which rebuild it was, whether it succeeded, and the paths it changed.</summary>
internal sealed record ReloadMessage(
    [property: JsonPropertyName("generation")] int Generation,
    [property: JsonPropertyName("succeeded")] bool Succeeded,
    [property: JsonPropertyName("paths")] IReadOnlyList<string> Paths);

/// <summary>Writes <see cref="ReloadMessage"/> without reflection, which the Native AOT CLI does not have.</summary>
[JsonSerializable(typeof(ReloadMessage))]
internal sealed partial class ReloadMessageJson : JsonSerializerContext;
