using System.Reflection;
using System.Text.RegularExpressions;
using Certfolio.Core.Diagnostics;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Diagnostics;

/// <summary>docs/format.md lists every diagnostic code, the site build's (CF04xx) included, each with an example line.</summary>
public sealed partial class SiteDescriptorDocumentationTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(TestPortfolio.RepositoryRoot, "docs", "format.md"));

    [GeneratedRegex(@"^(?<file>[^\s:]+):(?<line>\d+):(?<column>\d+): (?<severity>error|warning) (?<id>CF\d{4}): (?<message>.+)$", RegexOptions.Multiline)]
    private static partial Regex ExampleLine();

    private static IEnumerable<DiagnosticDescriptor> All() => typeof(SiteDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (DiagnosticDescriptor)f.GetValue(null)!);

    public static TheoryData<string> Ids() => new(All().Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_site_diagnostic_has_a_heading_and_an_example_line_of_its_severity(string id)
    {
        // Given a site descriptor
        var descriptor = All().Single(d => d.Id == id);

        // When docs/format.md is searched for it
        var examples = ExampleLine().Matches(Docs).Where(m => m.Groups["id"].Value == id).ToArray();

        // Then it has a heading with its title and examples with its severity
        Assert.Contains($"**{id} {descriptor.Title}.**", Docs, StringComparison.Ordinal);
        Assert.NotEmpty(examples);
        var severity = descriptor.Severity == Severity.Error ? "error" : "warning";
        Assert.All(examples, m => Assert.Equal(severity, m.Groups["severity"].Value));
    }

    [Fact]
    public void Documents_no_site_code_that_does_not_exist()
    {
        var ids = All().Select(d => d.Id).ToHashSet();
        var documented = ExampleLine().Matches(Docs).Select(m => m.Groups["id"].Value).Where(id => id.StartsWith("CF04", StringComparison.Ordinal)).Distinct();
        Assert.All(documented, id => Assert.Contains(id, ids));
    }
}
