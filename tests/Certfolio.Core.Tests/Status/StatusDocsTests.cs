using Certfolio.Core.Renewal;
using Certfolio.Core.Status;
using Certfolio.Core.Tests.Support;
using Certfolio.Core.Time;

namespace Certfolio.Core.Tests.Status;

public sealed class StatusDocsTests
{
    [Fact]
    public void Docs_list_every_built_in_rule_with_its_source()
    {
        // Given docs/status.md
        var docs = File.ReadAllText(Repository.Path("docs", "status.md"));

        // Then each row of the shipped table is documented with its source
        Assert.All(CertifierPolicies.All, rule =>
        {
            var row = docs.Split('\n').SingleOrDefault(l => l.StartsWith($"| `{rule.Id}` |", StringComparison.Ordinal));
            Assert.True(row is not null, $"docs/status.md has no row for rule '{rule.Id}'");
            Assert.Contains($"<{rule.Source}>", row);
        });
    }

    [Fact]
    public void Docs_name_every_json_field()
    {
        // Given docs/status.md
        var docs = File.ReadAllText(Repository.Path("docs", "status.md"));

        // Then every field the JSON writer emits is described
        foreach (var field in new[] { "person", "file", "credentialId", "title", "provider", "status", "issued", "expires", "daysLeft", "renewalOpens", "credits", "nextAction" })
            Assert.Contains($"| `{field}` |", docs);
    }

    [Fact]
    public void The_example_portfolio_and_its_training_ledger_check_clean()
    {
        // Given the bundled example
        var portfolio = Check.Folder(Repository.Path("examples", "portfolio"));

        // When its ledger is loaded and it is tracked
        var report = Tracker.Track(portfolio, new FixedClock(new DateOnly(2026, 11, 26)));

        // Then there is nothing to report and the CISSP has credits from Markdown and CSV records
        portfolio.Clean();
        Assert.Empty(report.Diagnostics);
        Assert.Contains(report.Ledger.Activities, a => a.Location.FilePath.EndsWith(".csv", StringComparison.Ordinal));
        Assert.Contains(report.Ledger.Activities, a => a.Location.FilePath.EndsWith(".md", StringComparison.Ordinal));
        Assert.True(report.Entries.Single(e => e.Credential.CredentialId == "CISSP-884213").Credits!.Earned > 0);
    }
}
