using System.Text.Json.Serialization;

namespace Certfolio.Cli.Output;

/// <summary>One diagnostic as <c>check --format json</c> prints it.</summary>
internal sealed record JsonDiagnostic(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("column")] int Column,
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);

/// <summary>Writes <see cref="JsonDiagnostic"/> lists without reflection, which the Native AOT CLI does not have.</summary>
[JsonSerializable(typeof(JsonDiagnostic[]))]
internal sealed partial class JsonDiagnosticJson : JsonSerializerContext;
