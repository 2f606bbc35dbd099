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
}
