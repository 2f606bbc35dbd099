namespace Certfolio.Cli.Tests;

/// <summary>The CLI's own messages for malformed options: one line naming the option and what it wants.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class OptionMessageTests
{
    [Theory]
    [InlineData("status", "--within", "abc", "error: --within must be a whole number of days, got 'abc'\n")]
    [InlineData("status", "--fail-within", "30d", "error: --fail-within must be a whole number of days, got '30d'\n")]
    [InlineData("status", "--expiring-days", "1.5", "error: --expiring-days must be a whole number of days, got '1.5'\n")]
    [InlineData("calendar", "--expiring-days", "soon", "error: --expiring-days must be a whole number of days, got 'soon'\n")]
    [InlineData("serve", "--port", "http", "error: --port must be a whole number, got 'http'\n")]
    [InlineData("build", "--wait", "1m", "error: --wait must be a whole number of seconds, got '1m'\n")]
    public void A_number_option_that_is_not_a_number_is_named_in_plain_words(string command, string option, string value, string expected)
    {
        // Given a portfolio
        using var jane = StatusFixture.Jane();

        // When a numeric option is given text
        var (result, errors) = CliRunner.RunCapturingErrors(command, jane.Root, option, value, "--today", "2026-11-26");

        // Then the option and the expected kind of value are named, not the CLR type
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(expected, errors);
    }

    [Fact]
    public void A_negative_days_option_is_still_refused()
    {
        using var jane = StatusFixture.Jane();

        var (result, errors) = CliRunner.RunCapturingErrors("status", jane.Root, "--within", "-1");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("error: --within must be zero or more days, not -1\n", errors);
    }

    [Fact]
    public void An_unknown_format_lists_the_formats_as_the_docs_write_them()
    {
        // Given a portfolio
        using var jane = StatusFixture.Jane();

        // When check is asked for a format it does not have
        var (result, errors) = CliRunner.RunCapturingErrors("check", jane.Root, "--format", "xml");

        // Then the formats are listed in lower case, as in the docs and the help
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("error: --format 'xml' is not a format; use one of text, json, github\n", errors);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("GitHub")]
    public void A_known_format_is_accepted_in_any_case(string format)
    {
        using var jane = StatusFixture.Jane();

        var (result, errors) = CliRunner.RunCapturingErrors("check", jane.Root, "--format", format, "--today", "2026-11-26");

        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.DoesNotContain("error:", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-02-30", "error: --today '2027-02-30' is not a real date (February 2027 has 28 days)\n")]
    [InlineData("2028-02-30", "error: --today '2028-02-30' is not a real date (February 2028 has 29 days)\n")]
    [InlineData("2026-04-31", "error: --today '2026-04-31' is not a real date (April 2026 has 30 days)\n")]
    [InlineData("2026-13-01", "error: --today '2026-13-01' is not a real date (there is no month 13)\n")]
    [InlineData("26.11.2026", "error: --today '26.11.2026' must be a date written yyyy-MM-dd\n")]
    public void A_today_that_names_no_day_says_why(string today, string expected)
    {
        // Given a portfolio
        using var jane = StatusFixture.Jane();

        // When --today is written yyyy-MM-dd but names no day, or is written otherwise
        var (result, errors) = CliRunner.RunCapturingErrors("status", jane.Root, "--today", today);

        // Then the message says what is wrong with it
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(expected, errors);
    }

    [Theory]
    [InlineData("chek", "error: Unknown command 'chek'. did you mean 'check'?\n")]
    [InlineData("stauts", "error: Unknown command 'stauts'. did you mean 'status'?\n")]
    [InlineData("Build", "error: Unknown command 'Build'. did you mean 'build'?\n")]
    [InlineData("calender", "error: Unknown command 'calender'. did you mean 'calendar'?\n")]
    [InlineData("publish", "error: Unknown command 'publish'.\n")]
    public void A_mistyped_command_gets_the_nearest_command(string typed, string expected)
    {
        // When a command is mistyped
        var (result, errors) = CliRunner.RunCapturingErrors(typed);

        // Then the nearest command is suggested, and nothing when no command is near
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(expected, errors);
    }
}
