using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Certfolio.Cli.Tests.Init;

/// <summary>
/// Lints a <c>.gitlab-ci.yml</c> offline: YamlDotNet reads it, each scalar gets the type YAML's core schema gives it
/// (as GitLab reads it), and JsonSchema.Net validates the result against GitLab's own CI schema, vendored in
/// <c>Init/GitLabCi/</c> (its README says where it comes from).
/// </summary>
public static class GitLabCiLint
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Init", "GitLabCi", "gitlab-ci.schema.json"))));

    /// <summary>The problems, one per line ("/path [keyword] message"); empty when the pipeline is valid.</summary>
    public static IReadOnlyList<string> Lint(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var json = ToJson(stream.Documents[0].RootNode);
        using var document = JsonDocument.Parse(json?.ToJsonString() ?? "null");
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        // Failed anyOf/oneOf branches are listed even when the whole is valid: IsValid decides.
        if (results.IsValid) return [];
        return (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} [{e.Key}] {e.Value}"))
            .Distinct()
            .ToArray();
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(pair =>
            KeyValuePair.Create(((YamlScalarNode)pair.Key).Value ?? "", ToJson(pair.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException($"unexpected YAML node {node.NodeType} at {node.Start}"),
    };

    /// <summary>A quoted scalar is a string; a plain one is null, a boolean or a number when YAML 1.2's core schema says so.</summary>
    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not ScalarStyle.Plain) return JsonValue.Create(text);
        if (text is "" or "~" or "null" or "Null" or "NULL") return null;
        if (text is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (text is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)) return JsonValue.Create(whole);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && char.IsDigit(text[^1])) return JsonValue.Create(number);
        return JsonValue.Create(text);
    }
}
