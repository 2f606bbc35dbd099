using Certfolio.Cli.Init;
using Certfolio.Cli.Tests.Hostile;

namespace Certfolio.Cli.Tests.Init;

public sealed class InitCommandTests
{
    private static string NewFolder() => Path.Combine(Path.GetTempPath(), "certfolio-init-" + Guid.NewGuid().ToString("N"));

    private static Spectre.Console.Cli.Testing.CommandAppResult Init(string folder, params string[] options) =>
        CliRunner.Run(["init", folder, "--no-input", "--name", "Alex Morgan", "--today", "2026-01-15", .. options]);

    [Fact]
    public void Creates_a_project_that_passes_check_and_build()
    {
        var folder = NewFolder();

        var init = Init(folder);
        var check = CliRunner.Run("check", folder, "--strict", "--today", "2026-01-15");
        var build = CliRunner.Run("build", folder, "--today", "2026-01-15");
        var status = CliRunner.Run("status", folder, "--fail-within", "60", "--today", "2026-01-15");

        Assert.Equal(ExitCodes.Success, init.ExitCode);
        // The daily job of the workflow stays quiet on a new portfolio: the example expires in three years.
        Assert.Equal(ExitCodes.Success, status.ExitCode);
        Assert.Equal(ExitCodes.Success, check.ExitCode);
        Assert.Equal(ExitCodes.Success, build.ExitCode);
        Assert.True(File.Exists(Path.Combine(folder, "_site", "index.html")));
        Assert.Contains("Alex Morgan · Certifications", File.ReadAllText(Path.Combine(folder, "_site", "index.html")));
        Assert.True(File.Exists(Path.Combine(folder, ".github", "workflows", "certfolio.yml")));
    }

    [Fact]
    public void Says_what_it_created_and_where_documents_go()
    {
        var folder = NewFolder();

        var result = Init(folder);

        Assert.Equal(
            "documents go in certifications/ (no content/ or src/content/ folder)\n" +
            "created certfolio.yaml\n" +
            "created certifications/my-first-certification.md\n" +
            "created .github/workflows/certfolio.yml\n" +
            $"next: certfolio serve {folder}",
            result.Output.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("dd.MM.yyyy", "date: \"15.01.2026\"", "expiryDate: \"15.01.2029\"")]
    [InlineData("yyyy-MM-dd", "date: \"2026-01-15\"", "expiryDate: \"2029-01-15\"")]
    public void Writes_the_example_in_the_chosen_date_format(string format, string date, string expiry)
    {
        var folder = NewFolder();

        Init(folder, "--date-format", format);

        var document = File.ReadAllText(Path.Combine(folder, "certifications", InitTemplates.ExampleFileName));
        Assert.Contains(date, document);
        Assert.Contains(expiry, document);
        Assert.Contains($"dateFormat: \"{format}\"", File.ReadAllText(Path.Combine(folder, "certfolio.yaml")));
        Assert.Equal(ExitCodes.Success, CliRunner.Run("check", folder, "--strict", "--today", "2026-01-15").ExitCode);
    }

    [Fact]
    public void Refuses_to_overwrite_and_changes_nothing()
    {
        var folder = TempPortfolio.With(("certfolio.yaml", "title: mine\n"), (".github/workflows/certfolio.yml", "mine"));
        var before = TreeSnapshot.Take(folder);

        var result = Init(folder);

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Empty(before.ChangedIn(TreeSnapshot.Take(folder)));
    }

    [Fact]
    public void A_write_that_fails_midway_takes_back_what_the_run_created()
    {
        // .github is a file, so the workflow's folder cannot be made: the third write fails after two succeeded.
        var folder = TempPortfolio.With((".github", "not a folder"));
        Directory.Delete(Path.Combine(folder, "certifications"));
        var before = TreeSnapshot.Take(folder);

        var result = Init(folder);

        Assert.Equal(ExitCodes.ContentErrors, result.ExitCode);
        Assert.Empty(before.ChangedIn(TreeSnapshot.Take(folder)));
    }

    [Fact]
    public void Names_each_file_that_already_exists()
    {
        var folder = TempPortfolio.With(("certfolio.yaml", "title: mine\n"), (".github/workflows/certfolio.yml", "mine"));

        var (_, error) = StandardError.Capture(() => Init(folder));

        // Other tests may write to the shared standard error meanwhile: each line is looked for, in order.
        Assert.Contains(
            "error: certfolio.yaml already exists\n" +
            "error: .github/workflows/certfolio.yml already exists\n" +
            "error: nothing was written: init never overwrites a file\n",
            error.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("src/content", "src/content/certifications", "src/content/ exists (an Astro site)")]
    [InlineData("content", "content/certifications", "content/ exists (a Hugo site)")]
    [InlineData("content/certifications", "content/certifications", "content/certifications/ already exists")]
    public void Drops_into_an_existing_site_layout(string existing, string expected, string reason)
    {
        var folder = NewFolder();
        Directory.CreateDirectory(Path.Combine(folder, existing));

        var result = Init(folder);

        Assert.StartsWith($"documents go in {expected}/ ({reason})\n", result.Output.ReplaceLineEndings("\n"));
        Assert.True(File.Exists(Path.Combine(folder, expected, InitTemplates.ExampleFileName)));
        Assert.False(Directory.Exists(Path.Combine(folder, "certifications")));
        var check = CliRunner.Run("check", folder, "--strict", "--today", "2026-01-15");
        Assert.Equal(ExitCodes.Success, check.ExitCode);
    }

    [Fact]
    public void Writes_a_GitLab_pipeline_instead_with_ci_gitlab()
    {
        var folder = NewFolder();

        Init(folder, "--ci", "gitlab");

        Assert.Equal(InitTemplates.GitLabCi, File.ReadAllText(Path.Combine(folder, ".gitlab-ci.yml")));
        Assert.False(Directory.Exists(Path.Combine(folder, ".github")));
    }

    [Fact]
    public void Writes_no_CI_file_with_ci_none()
    {
        var folder = NewFolder();

        Init(folder, "--ci", "none");

        Assert.Equal(["certfolio.yaml", "certifications/my-first-certification.md"],
            Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Without_a_terminal_a_missing_name_is_a_usage_error_and_nothing_is_written()
    {
        var folder = NewFolder();

        var result = CliRunner.Run("init", folder, "--no-input");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.False(Directory.Exists(folder));
    }

    [Theory]
    [InlineData("--date-format", "MM/dd/yyyy", "the date format must be dd.MM.yyyy or yyyy-MM-dd")]
    [InlineData("--ci", "jenkins", "--ci must be github, gitlab, none")]
    [InlineData("--name", "Alex\u001b[31m", "--name must be one line without control characters")]
    [InlineData("--today", "2199-01-01", "--today '2199-01-01' must fall in the years 1900 to 2196")]
    public void Refuses_a_bad_option_with_what_is_wrong(string option, string value, string message)
    {
        var folder = NewFolder();

        var (result, error) = StandardError.Capture(() => CliRunner.Run("init", folder, "--no-input", "--name", "Alex", option, value));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains(message, error + result.Output);
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void Quotes_a_name_with_quotes_so_the_configuration_reads_back()
    {
        var folder = NewFolder();

        Init(folder, "--title", "Alex \"AM\" Morgan \\ certs");

        var portfolio = new Core.Portfolios.PortfolioLoader().Load(folder);
        Assert.Empty(portfolio.Diagnostics);
        Assert.Equal("Alex \"AM\" Morgan \\ certs", portfolio.Config.Title);
        Assert.Equal("Alex Morgan", portfolio.Config.Owner.Name);
    }

    [Fact]
    public void The_language_in_the_created_configuration_reaches_the_pages()
    {
        var folder = NewFolder();
        Init(folder);
        var config = Path.Combine(folder, "certfolio.yaml");
        File.WriteAllText(config, File.ReadAllText(config).Replace("language: \"en\"", "language: \"de-CH\"", StringComparison.Ordinal));

        var build = CliRunner.Run("build", folder, "--today", "2026-01-15");

        Assert.Equal(ExitCodes.Success, build.ExitCode);
        Assert.Contains("<html lang=\"de-CH\">", File.ReadAllText(Path.Combine(folder, "_site", "index.html")));
    }

    [Fact]
    public void Every_setting_the_configuration_shows_commented_out_is_valid_when_switched_on()
    {
        var folder = NewFolder();
        Init(folder);
        var config = Path.Combine(folder, "certfolio.yaml");
        // A setting line is '# key: value' (or a list item or a quoted key), not a sentence that happens to hold a colon.
        var setting = new System.Text.RegularExpressions.Regex(@"^(\s*)# (\s*(- )?([A-Za-z][A-Za-z0-9]*|""[^""]+""):( .*)?)$");
        var lines = File.ReadAllLines(config).Select(line => setting.Replace(line, "$1$2")).ToArray();
        File.WriteAllLines(config, lines);
        Directory.CreateDirectory(Path.Combine(folder, "public", "images"));
        File.WriteAllText(Path.Combine(folder, "public", "images", "avatar.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        var portfolio = new Core.Portfolios.PortfolioLoader().Load(folder);

        // The document may not pass with the sample field names (it uses the canonical ones); the settings must.
        Assert.Empty(portfolio.Diagnostics.Where(d => d.Location.FilePath.EndsWith("certfolio.yaml", StringComparison.Ordinal)).Select(d => d.ToString()));
        Assert.Equal("#2563eb", portfolio.Config.Accent);
        Assert.Equal(60, portfolio.Config.PageSize);
        Assert.Equal(1048576, portfolio.Config.Limits.MaxDocumentBytes);
        Assert.Contains("public:", lines);
        Assert.Contains("  addToProfile: false # \"Add to LinkedIn\" buttons", lines);
    }
}
