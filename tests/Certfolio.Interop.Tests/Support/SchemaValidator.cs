using System.Text.Json;
using Json.Schema;

namespace Certfolio.Interop.Tests.Support;

/// <summary>Validates JSON against the official schemas with JsonSchema.Net, reporting every failing location.</summary>
public static class SchemaValidator
{
    private static readonly Lazy<JsonSchema> OpenBadges = new(() => Load("ob_v3p0_achievementcredential.schema.json"));
    private static readonly Lazy<JsonSchema> JsonResume = new(() => Load("jsonresume.schema.json"));

    public static void AssertOpenBadge(string json) => AssertValid(OpenBadges.Value, json);

    public static void AssertJsonResume(string json) => AssertValid(JsonResume.Value, json);

    public static bool IsValidOpenBadge(string json) => Evaluate(OpenBadges.Value, json).IsValid;

    private static JsonSchema Load(string name) => JsonSchema.FromText(TestData.Text("schemas/" + name));

    private static EvaluationResults Evaluate(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static void AssertValid(JsonSchema schema, string json)
    {
        var results = Evaluate(schema, json);
        // Failed anyOf/oneOf branches appear as errors in the details even when the whole is valid: IsValid decides.
        if (results.IsValid) return;
        var errors = (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} [{e.Key}] {e.Value}"));
        Assert.Fail("not valid against the schema:\n" + string.Join("\n", errors) + "\n" + json);
    }
}
