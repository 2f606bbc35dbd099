using System.Text;
using System.Text.Json;
using Certfolio.Core.Binding;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Tests.Support;
using Json.Schema;

namespace Certfolio.Core.Tests.Schema;

/// <summary>
/// schema/certification.schema.json and the checker agree: every document the checker accepts
/// is valid under the schema, and documents the checker refuses for a schema-level reason are not.
/// </summary>
public sealed class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Repository.Path("schema", "certification.schema.json")));

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.List };

    public static TheoryData<string> ValidDocuments() => new(ValidDocumentPaths());

    private static IEnumerable<string> ValidDocumentPaths()
    {
        var folders = new[]
        {
            Repository.Path("examples", "portfolio", "certifications"),
            Repository.Fixture("valid"), Repository.Fixture("hugo"), Repository.Fixture("astro"), Repository.Fixture("extras"),
            Repository.Fixture("missing-assets"), Repository.Fixture("duplicate-credential-id"),
        };
        foreach (var folder in folders.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Where(f => !Path.GetFileName(f).StartsWith('_')).Order())
                yield return Path.GetRelativePath(Repository.Root, file);
        }
    }

    [Theory]
    [MemberData(nameof(ValidDocuments))]
    public void Every_example_and_valid_fixture_document_is_valid_under_the_schema(string file)
    {
        // Given a document the checker reads without errors in its front matter
        var (json, diagnostics) = FrontMatterJson(File.ReadAllBytes(Repository.Path(file)));
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity == Severity.Error);
        // When its front matter is evaluated against the schema
        var result = Schema.Evaluate(json, Options);
        // Then it is valid
        Assert.True(result.IsValid, $"{file}: {Errors(result)}");
    }

    [Fact]
    public void The_example_portfolio_is_among_the_validated_documents()
    {
        // The reference document and at least eight more: the schema is proven on real examples, not only fixtures
        var examples = ValidDocumentPaths().Count(f => f.StartsWith("examples", StringComparison.Ordinal));
        Assert.True(examples >= 9, $"{examples} example documents");
    }

    [Theory]
    [InlineData("date: \"15.08.2024\"\nprovider: \"Acme\"", "CF0101")]
    [InlineData("title: \"\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"", "CF0108")]
    [InlineData("title: \"T\"\ndate: \"03/04/2024\"\nprovider: \"Acme\"", "CF0105")]
    [InlineData("title: \"T\"\ndate: \"last summer\"\nprovider: \"Acme\"", "CF0106")]
    [InlineData("title: \"T\"\ndate: 20240815\nprovider: \"Acme\"", "CF0102")]
    [InlineData("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nverificationUrl: \"javascript:alert(1)\"", "CF0109")]
    [InlineData("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nverificationUrl: \"/badges/1\"", "CF0109")]
    [InlineData("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nskills: 5", "CF0102")]
    [InlineData("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nskills: [\"AWS\", {a: 1}]", "CF0102")]
    [InlineData("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nskills: [\"AWS\", \" \"]", "CF0108")]
    [InlineData("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nlogo: \"../../etc/passwd\"", "CF0110")]
    [InlineData("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nlogo: \"file:///etc/passwd\"", "CF0110")]
    [InlineData("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nlogo: \"~/x.png\"", "CF0110")]
    [InlineData("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nrenew: \"yes\"", "CF0102")]
    [InlineData("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nrenewal: 3", "CF0102")]
    [InlineData("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nrenewal:\n  cycleYears: 0", "CF0303")]
    [InlineData("title: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\nrenewal:\n  cycle: 3", "CF0303")]
    public void A_document_the_checker_refuses_is_invalid_under_the_schema(string frontMatter, string code)
    {
        // Given a document with one schema-level mistake
        using var temp = new TempPortfolio();
        temp.Write("certifications/bad.md", $"---\n{frontMatter}\n---\n");
        // When the checker and the schema both look at it
        var portfolio = Check.Folder(temp.Root);
        var (json, _) = FrontMatterJson(File.ReadAllBytes(temp.Path("certifications/bad.md")));
        var result = Schema.Evaluate(json, Options);
        // Then both refuse it
        Assert.Contains(portfolio.Diagnostics, d => d.Id == code && d.Severity == Severity.Error);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_long_title_is_refused_by_both()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/long.md", $"---\ntitle: \"{new string('T', 301)}\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n---\n");
        var (json, _) = FrontMatterJson(File.ReadAllBytes(temp.Path("certifications/long.md")));
        Assert.Contains(Check.Folder(temp.Root).Diagnostics, d => d.Id == "CF0107");
        Assert.False(Schema.Evaluate(json, Options).IsValid);
    }

    /// <summary>The front matter as the JSON that templates and exports see.</summary>
    private static (JsonElement Json, DiagnosticBag Diagnostics) FrontMatterJson(byte[] bytes)
    {
        var diagnostics = new DiagnosticBag();
        var document = DocumentParser.Parse("x.md", "x.md", bytes, DocumentLimits.Default, diagnostics);
        var plain = document?.FrontMatter is { } frontMatter ? PlainValue.From(frontMatter) : null;
        return (JsonSerializer.SerializeToElement(plain), diagnostics);
    }

    private static string Errors(EvaluationResults result)
    {
        var lines = new StringBuilder();
        foreach (var detail in (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }))
        {
            foreach (var (keyword, message) in detail.Errors!) lines.Append($"\n  {detail.InstanceLocation} [{keyword}] {message}");
        }
        return lines.ToString();
    }
}
