using System.Text.RegularExpressions;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Diagnostics;

/// <summary>docs/format.md documents every diagnostic, each with an example line in compiler format.</summary>
public sealed partial class FormatDocumentationTests
{
    private static readonly string Docs = File.ReadAllText(Repository.Path("docs", "format.md"));

    [GeneratedRegex(@"^(?<file>[^\s:]+):(?<line>\d+):(?<column>\d+): (?<severity>error|warning|info) (?<id>CF\d{4}): (?<message>.+)$", RegexOptions.Multiline)]
    private static partial Regex ExampleLine();

    public static TheoryData<string> DescriptorIds() => new(Descriptors.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(DescriptorIds))]
    public void Every_diagnostic_has_a_heading_and_an_example_line_of_its_severity(string id)
    {
        // Given a descriptor
        var descriptor = Descriptors.All.Single(d => d.Id == id);
        // Then docs/format.md names it with its title
        Assert.Contains($"**{id} {descriptor.Title}.**", Docs);
        // And shows at least one compiler-format example with the descriptor's severity
        var examples = ExampleLine().Matches(Docs).Where(m => m.Groups["id"].Value == id).ToArray();
        Assert.NotEmpty(examples);
        var severity = Diagnostic.Name(descriptor.Severity);
        Assert.All(examples, m => Assert.Equal(severity, m.Groups["severity"].Value));
    }

    [Fact]
    public void Documents_no_code_that_does_not_exist()
    {
        var ids = Descriptors.All.Select(d => d.Id).ToHashSet();
        // CF04xx are the site build's (Certfolio.Site.SiteDescriptors), checked against this file by Site.Tests.
        var documented = ExampleLine().Matches(Docs).Select(m => m.Groups["id"].Value).Where(id => !id.StartsWith("CF04", StringComparison.Ordinal)).Distinct();
        Assert.All(documented, id => Assert.Contains(id, ids));
    }

    [Fact]
    public void Documents_the_default_limits()
    {
        var defaults = Certfolio.Core.Documents.DocumentLimits.Default;
        Assert.Contains($"| `maxDocumentBytes` | {defaults.MaxDocumentBytes:N0} (1 MiB) |", Docs);
        Assert.Contains($"| `maxFrontMatterBytes` | {defaults.MaxFrontMatterBytes:N0} (64 KiB) |", Docs);
        Assert.Contains($"| `maxDepth` | {defaults.MaxDepth} |", Docs);
        Assert.Contains($"| `maxAliases` | {defaults.MaxAliases} |", Docs);
        Assert.Contains($"| `maxNodes` | {defaults.MaxNodes:N0} |", Docs);
        Assert.Contains($"| `maxTitleLength` | {defaults.MaxTitleLength} |", Docs);
        Assert.All(Certfolio.Core.Portfolios.ConfigReader.LimitKeys.Keys, key => Assert.Contains($"`{key}`", Docs));
    }

    [Fact]
    public void Documents_every_canonical_key()
    {
        Assert.All(Certfolio.Core.Binding.FieldMap.CanonicalKeys, key => Assert.Contains($"| `{key}` |", Docs));
    }
}
