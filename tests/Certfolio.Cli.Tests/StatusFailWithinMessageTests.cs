namespace Certfolio.Cli.Tests;

/// <summary>When <c>status --fail-within</c> exits 3, it says which credentials tripped it and how to stop an expired one alerting.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class StatusFailWithinMessageTests
{
    [Fact]
    public void Names_the_credentials_that_tripped_it()
    {
        // Given Jane's portfolio, with one expired credential she still renews and a CISSP due in 186 days
        using var jane = StatusFixture.Jane();

        // When status fails within 200 days
        var previous = Console.Error;
        using var errors = new StringWriter();
        Console.SetError(errors);
        int exitCode;
        try
        {
            exitCode = StatusFixture.Run("status", jane.Root, "--fail-within", "200", "--today", "2026-11-26").ExitCode;
        }
        finally
        {
            Console.SetError(previous);
        }

        // Then it exits 3 and lists them, most urgent first, the expired one with how to stop the alert
        Assert.Equal(ExitCodes.AttentionNeeded, exitCode);
        Assert.Equal(
            "--fail-within 200: 3 need attention\n"
            + "- Google Cloud Professional Cloud Architect (expired): Expired on 01.06.2024: earn it again (mark it `renew: false` to stop alerting)\n"
            + "- Microsoft Certified: Azure Solutions Architect Expert (renewal open): Renew before 12.03.2027 by a free online renewal assessment\n"
            + "- CISSP (active): Log 70 more CPE by 31.05.2027\n",
            errors.ToString().ReplaceLineEndings("\n"));
    }
}
