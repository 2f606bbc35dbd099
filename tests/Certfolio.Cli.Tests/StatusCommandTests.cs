using System.Text.Json;

namespace Certfolio.Cli.Tests;

public sealed class StatusCommandTests
{
    [Fact]
    public void The_table_shows_status_dates_credits_and_next_action_for_every_credential()
    {
        // Given Jane's portfolio
        using var jane = StatusFixture.Jane();

        // When status runs on a pinned day
        var result = StatusFixture.Run("status", jane.Root, "--today", "2026-11-26");

        // Then the table matches the golden text
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Golden.Verify("status-text", result.Output);
    }

    [Fact]
    public void A_narrow_console_gets_one_short_block_per_credential_instead_of_a_table()
    {
        // Given Jane's portfolio
        using var jane = StatusFixture.Jane();

        // When status runs on an 80-column console
        var result = StatusFixture.Run(80, "status", jane.Root, "--today", "2026-11-26");

        // Then each credential is a block of short lines
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.All(result.Output.Split('\n'), line => Assert.True(line.Length <= 80, line));
        Golden.Verify("status-narrow", result.Output);
    }

    [Fact]
    public void Json_is_an_array_with_the_documented_fields()
    {
        // Given Jane's portfolio
        using var jane = StatusFixture.Jane();

        // When status --json runs on a pinned day
        var result = StatusFixture.Run("status", jane.Root, "--today", "2026-11-26", "--json");

        // Then it is exactly the documented array
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(6, json.RootElement.GetArrayLength());
        Assert.All(json.RootElement.EnumerateArray(), e => Assert.Equal(
            ["file", "credentialId", "title", "provider", "status", "issued", "expires", "daysLeft", "renewalOpens", "credits", "nextAction"],
            e.EnumerateObject().Select(p => p.Name)));
        var cissp = json.RootElement.EnumerateArray().Single(e => e.GetProperty("credentialId").GetString() == "CISSP-1");
        Assert.Equal(50, cissp.GetProperty("credits").GetProperty("earned").GetDouble());
        Assert.Equal("certifications/cissp.md", cissp.GetProperty("file").GetString());
        Golden.Verify("status-json", result.Output);
    }

    [Fact]
    public void Within_shows_only_what_needs_action_in_that_horizon()
    {
        // Given Jane's portfolio, where one credential is expired and the Azure Expert expires in 106 days
        using var jane = StatusFixture.Jane();

        // When asked about the next 30 and 106 days
        var month = JsonDocument.Parse(StatusFixture.Run("status", jane.Root, "--today", "2026-11-26", "--json", "--within", "30").Output);
        var longer = JsonDocument.Parse(StatusFixture.Run("status", jane.Root, "--today", "2026-11-26", "--json", "--within", "106").Output);

        // Then the expired one shows, lapsed ones never, and the horizon brings in the next expiry
        Assert.Equal(["gcp"], month.RootElement.EnumerateArray().Select(Slug));
        Assert.Equal(["az-305", "gcp"], longer.RootElement.EnumerateArray().Select(Slug));
    }

    [Fact]
    public void Within_with_nothing_due_says_so()
    {
        // Given a single credential far from expiry
        using var fixture = new StatusFixture().Cert("aws", "title: AWS Certified Developer - Associate\ndate: 2026-01-01\nprovider: AWS\nexpiryDate: 2029-01-01");

        // When asked about the next 30 days
        var result = StatusFixture.Run("status", fixture.Root, "--today", "2026-11-26", "--within", "30");

        // Then it says nothing needs attention
        Assert.Contains("Nothing needs attention within 30 days.", result.Output);
    }

    [Theory]
    [InlineData("2027-05-16", "90", ExitCodes.Success)]
    [InlineData("2027-05-17", "90", ExitCodes.AttentionNeeded)]
    [InlineData("2027-08-15", "0", ExitCodes.AttentionNeeded)]
    [InlineData("2027-08-14", "0", ExitCodes.Success)]
    [InlineData("2027-08-16", "0", ExitCodes.AttentionNeeded)]
    public void Fail_within_exits_3_when_something_expires_within_the_horizon(string today, string days, int expected)
    {
        // Given one AWS certification expiring on 15.08.2027
        using var fixture = new StatusFixture().Cert("aws", "title: AWS Certified Developer - Associate\ndate: 2024-08-15\nprovider: AWS\nexpiryDate: 2027-08-15");

        // When status --fail-within runs around the edge of the horizon
        var result = StatusFixture.Run("status", fixture.Root, "--today", today, "--fail-within", days);

        // Then it fails exactly when the expiry is inside the horizon or past
        Assert.Equal(expected, result.ExitCode);
    }

    [Fact]
    public void Fail_within_exits_3_for_a_missed_credit_target_and_never_for_renew_false()
    {
        // Given a CISM that missed last year's minimum, and a lapsed credential
        using var missed = new StatusFixture().Cert("cism", "title: CISM\ndate: 2024-01-01\nprovider: ISACA\nexpiryDate: 2027-01-01");
        using var lapsed = new StatusFixture().Cert("old", "title: Old\ndate: 2020-01-01\nprovider: AWS\nexpiryDate: 2023-01-01\nrenew: false");

        // When status --fail-within 7 runs in 2025
        var missedResult = StatusFixture.Run("status", missed.Root, "--today", "2025-02-01", "--fail-within", "7");
        var lapsedResult = StatusFixture.Run("status", lapsed.Root, "--today", "2025-02-01", "--fail-within", "7");

        // Then the missed minimum alerts and the lapsed credential does not
        Assert.Equal(ExitCodes.AttentionNeeded, missedResult.ExitCode);
        Assert.Equal(ExitCodes.Success, lapsedResult.ExitCode);
    }

    [Fact]
    public void Expiring_days_changes_the_warning_horizon()
    {
        // Given the Azure Expert, 106 days from expiry
        using var jane = StatusFixture.Jane();

        // When the horizon is 120 days
        var json = JsonDocument.Parse(StatusFixture.Run("status", jane.Root, "--today", "2026-11-26", "--json", "--expiring-days", "120").Output);

        // Then it is expiring
        var azure = json.RootElement.EnumerateArray().Single(e => Slug(e) == "az-305");
        Assert.Equal("expiring", azure.GetProperty("status").GetString());
    }

    [Fact]
    public void The_team_roll_up_shows_who_holds_what_what_expires_soon_and_skill_coverage()
    {
        // Given a team of two
        using var team = new StatusFixture();
        StatusFixture.Jane(team, "people/jane");
        team.Cert("cka", "title: Certified Kubernetes Administrator\ndate: 2025-02-10\nprovider: CNCF\nexpiryDate: 2027-02-10\nskills: [Kubernetes, Security]", "people/omar");

        // When status --team runs on a pinned day
        var result = StatusFixture.Run("status", team.Root, "--team", "--today", "2026-11-26");

        // Then the roll-up matches the golden text
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Golden.Verify("status-team", result.Output);
    }

    [Fact]
    public void The_team_roll_up_names_an_expiry_known_to_the_month_as_the_month()
    {
        // Given a person whose credential, imported from LinkedIn, expires "Jan 2027"
        using var team = new StatusFixture();
        team.Cert("cka", "title: Certified Kubernetes Administrator\ndate: \"01.01.2024\"\nprovider: CNCF\nexpiryDate: \"01.01.2027\"\ndatePrecision: month", "people/omar");

        // When status --team runs within 90 days of it
        var result = StatusFixture.Run("status", team.Root, "--team", "--today", "2026-11-26");

        // Then the expiring list says 01.2027, as status says it for one person, not 31.01.2027
        Assert.Contains("- 01.2027 (", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("31.01.2027", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_team_json_adds_the_person_and_fail_within_covers_everyone()
    {
        // Given a team of two
        using var team = new StatusFixture();
        StatusFixture.Jane(team, "people/jane");
        team.Cert("cka", "title: Certified Kubernetes Administrator\ndate: 2025-02-10\nprovider: CNCF\nexpiryDate: 2027-02-10\nskills: [Kubernetes]", "people/omar");

        // When status --team --json --fail-within 80 runs
        var result = StatusFixture.Run("status", team.Root, "--team", "--today", "2026-11-26", "--json", "--within", "80", "--fail-within", "80");

        // Then each object names its person, and the exit code says attention is needed
        var json = JsonDocument.Parse(result.Output);
        Assert.Equal([("jane", "gcp"), ("omar", "cka")], json.RootElement.EnumerateArray().Select(e => (e.GetProperty("person").GetString(), Slug(e))));
        Assert.Equal(ExitCodes.AttentionNeeded, result.ExitCode);
    }

    [Fact]
    public void A_team_folder_without_people_is_a_usage_error()
    {
        // Given an ordinary portfolio
        using var jane = StatusFixture.Jane();

        // When status --team runs on it
        var result = StatusFixture.Run("status", jane.Root, "--team", "--today", "2026-11-26");

        // Then it is refused
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [Theory]
    [InlineData("--within", "-1")]
    [InlineData("--today", "26.11.2026")]
    public void Bad_options_are_usage_errors(string option, string value)
    {
        // Given Jane's portfolio
        using var jane = StatusFixture.Jane();

        // When an option is malformed
        var result = StatusFixture.Run("status", jane.Root, option, value);

        // Then the command refuses with the usage exit code
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
    }

    [Fact]
    public void A_folder_without_certifications_is_a_content_error()
    {
        // Given an empty folder
        using var empty = new StatusFixture().File("readme.txt", "nothing here");

        // When status runs
        var result = StatusFixture.Run("status", empty.Root, "--today", "2026-11-26");

        // Then it fails with the content exit code
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
    }

    [Fact]
    public void Check_reports_the_training_ledger_and_the_config_policies()
    {
        // Given a bad training row and a bad policy next to a valid certification
        using var fixture = new StatusFixture()
            .File("certfolio.yaml", "policies:\n  AWS:\n    windowDays: soon\n")
            .Cert("aws", "title: AWS Certified Developer - Associate\ndate: 2024-08-15\nprovider: AWS\nexpiryDate: 2027-08-15")
            .File("training/training.csv", "title,date,hours,appliesTo\nCourse,2025-01-01,lots,aws\n");

        // When check runs
        var result = StatusFixture.Run("check", fixture.Root, "--format", "json");

        // Then both problems are reported and the check fails
        var codes = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().Select(d => d.GetProperty("code").GetString()).Order();
        Assert.Equal(["CF0201", "CF0304"], codes);
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
    }

    private static string Slug(JsonElement e) => System.IO.Path.GetFileNameWithoutExtension(e.GetProperty("file").GetString()!);
}
