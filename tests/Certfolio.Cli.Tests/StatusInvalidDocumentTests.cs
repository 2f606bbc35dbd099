using System.Text.Json;

namespace Certfolio.Cli.Tests;

/// <summary>No alert is silenced: a document that does not load is listed by status and calendar, and fails the run.</summary>
public sealed class StatusInvalidDocumentTests
{
    private const string Typo = "title: AWS Certified Developer - Associate\ndate: 15.13.2024\nprovider: Amazon Web Services\nexpiryDate: 15.01.2027";
    private const string Far = "title: Certified Kubernetes Administrator\ndate: 2025-02-10\nprovider: CNCF\nexpiryDate: 2028-02-10";

    [Fact]
    public void The_table_lists_an_invalid_document_with_its_readable_expiry_and_first_error()
    {
        // Given a typo in one document's issue date, 42 days before its expiry
        using var fixture = new StatusFixture().Cert("aws", Typo).Cert("cka", Far);

        // When status runs on a wide console
        var result = StatusFixture.Run("status", fixture.Root, "--today", "2026-12-04");

        // Then the document is a row with status invalid, and the run fails
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Golden.Verify("status-invalid", result.Output);
    }

    [Fact]
    public void Fail_within_exits_3_when_a_document_is_invalid_even_without_a_readable_expiry()
    {
        // Given a document without a title or an expiry date, beside a credential far from expiry
        using var fixture = new StatusFixture().Cert("broken", "date: 2024-01-01\nprovider: AWS").Cert("cka", Far);

        // When status --fail-within 7 runs
        var result = StatusFixture.Run("status", fixture.Root, "--today", "2026-12-04", "--fail-within", "7", "--within", "7");

        // Then it fails, and the horizon does not hide the invalid document
        Assert.Equal(ExitCodes.AttentionNeeded, result.ExitCode);
        Assert.Contains("certifications/broken.md", result.Output);
        Assert.DoesNotContain("Nothing needs attention", result.Output);
    }

    [Fact]
    public void Json_gives_an_invalid_document_status_invalid_and_an_error_object()
    {
        // Given a typo in one document's issue date
        using var fixture = new StatusFixture().Cert("aws", Typo).Cert("cka", Far);

        // When status --json runs
        var result = StatusFixture.Run("status", fixture.Root, "--today", "2026-12-04", "--json");

        // Then the invalid document is in file order, with the same fields plus its first error
        using var json = JsonDocument.Parse(result.Output);
        var aws = json.RootElement[0];
        Assert.Equal(
            ["file", "credentialId", "title", "provider", "status", "issued", "expires", "daysLeft", "renewalOpens", "credits", "nextAction", "error"],
            aws.EnumerateObject().Select(p => p.Name));
        Assert.Equal("invalid", aws.GetProperty("status").GetString());
        Assert.Equal(42, aws.GetProperty("daysLeft").GetInt32());
        var error = aws.GetProperty("error");
        Assert.Equal(("certifications/aws.md", 3, 7, "CF0103"),
            (error.GetProperty("file").GetString(), error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32(), error.GetProperty("code").GetString()));
        Assert.Equal("active", json.RootElement[1].GetProperty("status").GetString());
    }

    [Fact]
    public void The_team_roll_up_lists_invalid_documents_and_fail_within_covers_them()
    {
        // Given a team where one person's only document has a typo
        using var team = new StatusFixture();
        team.Cert("aws", Typo, "people/bob");
        team.Cert("cka", Far, "people/omar");

        // When status --team --json --fail-within 7 runs
        var result = StatusFixture.Run("status", team.Root, "--team", "--today", "2026-12-04", "--json", "--fail-within", "7");

        // Then bob's document is there, as invalid, and the run fails
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal([("bob", "invalid"), ("omar", "active")],
            json.RootElement.EnumerateArray().Select(e => (e.GetProperty("person").GetString(), e.GetProperty("status").GetString())));
        Assert.Equal(ExitCodes.AttentionNeeded, result.ExitCode);
    }

    [Fact]
    public void The_team_text_lists_an_invalid_document_among_what_expires_soon()
    {
        // Given a team where bob's document has a typo and expires in 42 days
        using var team = new StatusFixture();
        team.Cert("aws", Typo, "people/bob");
        team.Cert("cka", Far, "people/omar");

        // When status --team runs
        var result = StatusFixture.Run("status", team.Root, "--team", "--today", "2026-12-04");

        // Then the expiry is in the next 90 days, marked as from an invalid document
        Assert.Contains("- 15.01.2027 (42 days): bob, AWS Certified Developer - Associate (invalid document)", result.Output);
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
    }

    [Fact]
    public void The_calendar_keeps_the_expiry_of_an_invalid_document_and_fails()
    {
        // Given a typo in one document's issue date
        using var fixture = new StatusFixture().Cert("aws", Typo).Cert("cka", Far);

        // When calendar --stdout runs
        var result = StatusFixture.Run("calendar", fixture.Root, "--today", "2026-12-04", "--stdout");

        // Then the expiry event is there, marked as from an invalid document, and the run fails
        Assert.Contains("SUMMARY:Expires: AWS Certified Developer - Associate (invalid document)", result.Output);
        Assert.Contains("UID:aws-expiry@certfolio", result.Output);
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
    }
}
