namespace Certfolio.Cli.Tests;

/// <summary>What a new user sees on a first run: messages that point at what exists and say what to do.</summary>
[Collection(CurrentDirectoryCollection.Name)]
public sealed class FirstRunMessageTests
{
    [Fact]
    public void Check_in_an_empty_folder_points_at_the_folder_and_says_how_to_start()
    {
        // Given an empty folder: no certfolio.yaml, no certifications/
        var empty = Directory.CreateTempSubdirectory("certfolio-empty-").FullName;
        try
        {
            // When check runs in it
            var result = CurrentDirectoryCollection.In(empty, () => CliRunner.Run("check", "--today", "2026-11-26"));

            // Then it points at the folder, not at a certfolio.yaml that does not exist, and says how to start
            Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
            Assert.Equal(
                "./: error CF0202: no certifications folder found (looked for certifications, content/certifications, src/content/certifications); run 'certfolio init' or create certifications/\n"
                + "0 files checked: 1 error, 0 warnings\n",
                result.Output.ReplaceLineEndings("\n").TrimEnd('\n') + "\n");
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void Check_of_another_empty_folder_names_that_folder()
    {
        var parent = Directory.CreateTempSubdirectory("certfolio-parent-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(parent, "mine"));

            var result = CurrentDirectoryCollection.In(parent, () => CliRunner.Run("check", "mine", "--format", "github"));

            Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
            Assert.StartsWith("::error file=mine,title=CF0202::no certifications folder found", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public void A_content_setting_that_names_no_folder_is_reported_at_its_value()
    {
        var root = TempPortfolio.With(("certfolio.yaml", "title: \"Mine\"\ncontent: docs/certs\n"));
        try
        {
            var result = CurrentDirectoryCollection.In(root, () => CliRunner.Run("check"));

            Assert.Contains("certfolio.yaml:2:10: error CF0202: no certifications folder found (looked for docs/certs); create that folder or change 'content:' in certfolio.yaml", result.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_stopped_first_build_says_nothing_was_written_not_that_a_previous_output_was_kept()
    {
        // Given a broken portfolio that was never built
        var output = Path.Combine(Path.GetTempPath(), "certfolio-never-built-" + Guid.NewGuid().ToString("N"));

        // When it is built
        var result = CliRunner.Run("build", CliRunner.FixturePath("broken"), "-o", output, "--today", "2026-11-26");

        // Then the build stops and says it wrote nothing
        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.EndsWith("build stopped: nothing was written", result.Output.TrimEnd(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_stopped_rebuild_says_the_previous_output_was_left_untouched()
    {
        // Given a broken portfolio whose output folder holds a previous build
        var output = Directory.CreateTempSubdirectory("certfolio-built-").FullName;
        try
        {
            // When it is built again
            var result = CliRunner.Run("build", CliRunner.FixturePath("broken"), "-o", output, "--today", "2026-11-26");

            // Then the build stops and says the previous output is still there
            Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
            Assert.EndsWith("build stopped: the previous output was left untouched", result.Output.TrimEnd(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Theory]
    [InlineData(false, "no build has succeeded yet; serving a page that lists the errors")]
    [InlineData(true, "still serving the last good build")]
    public void Serve_says_what_it_serves_after_a_failed_build(bool hasSite, string expected)
    {
        // Given a failed build, with or without a good one before it
        var report = new Certfolio.Server.Building.RebuildReport { Generation = 1, Succeeded = false, HasSite = hasSite, Incremental = false };

        // When serve describes it, then it names what is served
        Assert.Equal(expected, Certfolio.Cli.Commands.ServeCommand.StillServed(report));
    }
}
