using Certfolio.Site.Publishing;

namespace Certfolio.Cli.Tests;

/// <summary><c>build</c> and its output folder: two builds at once, a held lock, a foreign leftover.</summary>
public sealed class BuildOutputFolderTests
{
    private const int Documents = 150;

    private static string Portfolio() => TempPortfolio.With(Enumerable.Range(0, Documents)
        .Select(i => ($"certifications/c{i:000}.md", $"---\ntitle: \"Credential {i}\"\ndate: \"2024-01-01\"\nprovider: \"P\"\n---\nBody {i}.\n"))
        .Append(("certfolio.yaml", "baseUrl: \"https://example.com/\"\n"))
        .ToArray());

    [Fact]
    public async Task Two_builds_into_one_folder_at_once_each_publish_a_whole_site_or_refuse_clearly()
    {
        // Given a portfolio of many documents
        var root = Portfolio();
        var output = Path.Combine(root, "_site");
        try
        {
            foreach (var wait in new[] { "0", "60", "60" })
            {
                // When two builds of it start together, the second waiting (or not) for the first
                var first = Task.Run(() => CliRunner.Run("build", root, "--today", "2026-11-26", "-o", output));
                var second = Task.Run(() => CliRunner.Run("build", root, "--today", "2026-11-26", "-o", output, "--wait", wait));
                var results = await Task.WhenAll(first, second);

                // Then each published or refused with the reason, never an error of its own
                foreach (var result in results)
                {
                    var refused = result.ExitCode == ExitCodes.ContentErrors && result.Output.Contains("another build is writing", StringComparison.Ordinal);
                    Assert.True(result.ExitCode == 0 || refused, $"--wait {wait}: exit {result.ExitCode}\n{result.Output}");
                }
                Assert.Contains(results, r => r.ExitCode == 0);
                if (wait != "0") Assert.All(results, r => Assert.Equal(0, r.ExitCode));

                // And the site is whole, marked, with no leftovers beside it
                Assert.Equal(Documents, Directory.GetDirectories(Path.Combine(output, "certifications")).Length);
                Assert.True(File.Exists(Path.Combine(output, "index.html")));
                Assert.True(File.Exists(Path.Combine(output, OutputFolder.MarkerFile)));
                Assert.False(Directory.Exists(Path.Combine(root, "._site.certfolio-new")));
                Assert.False(Directory.Exists(Path.Combine(root, "._site.certfolio-old")));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_build_that_finds_the_output_locked_says_so_and_leaves_it_alone()
    {
        // Given another build holding the output's lock
        var root = Portfolio();
        var output = Path.Combine(root, "_site");
        try
        {
            using (var held = new OutputFolder(output).TryLock(TimeSpan.Zero))
            {
                Assert.NotNull(held);

                // When a build of the same output does not wait
                var result = CliRunner.Run("build", root, "--today", "2026-11-26", "-o", output, "--wait", "0");

                // Then it exits 1 naming the folder, and wrote nothing
                Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
                Assert.Contains("another build is writing", result.Output, StringComparison.Ordinal);
                Assert.False(Directory.Exists(output));
                Assert.False(Directory.Exists(Path.Combine(root, "._site.certfolio-new")));
            }

            // And once the lock is free, the same build publishes
            Assert.Equal(0, CliRunner.Run("build", root, "--today", "2026-11-26", "-o", output, "--wait", "0").ExitCode);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Rejects_a_negative_wait_as_a_usage_error()
    {
        var root = Portfolio();
        try
        {
            var result = CliRunner.Run("build", root, "--wait", "-1");

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
