using Certfolio.Cli.Init;

namespace Certfolio.Cli.Tests.Init;

public sealed class GeneratedWorkflowTests(Actionlint actionlint) : IClassFixture<Actionlint>
{
    private static string WorkflowOf(string folder) => Path.Combine(folder, ".github", "workflows", "certfolio.yml");

    [Fact]
    public void The_generated_GitHub_workflow_passes_actionlint()
    {
        var folder = Path.Combine(Path.GetTempPath(), "certfolio-init-" + Guid.NewGuid().ToString("N"));
        CliRunner.Run("init", folder, "--no-input", "--name", "Alex Morgan", "--today", "2026-01-15");

        var (exitCode, output) = actionlint.Lint(WorkflowOf(folder));

        Assert.Equal("", output);
        Assert.Equal(0, exitCode);
    }

    [Fact]
    public void A_broken_workflow_fails_actionlint_so_the_check_is_real()
    {
        var folder = TempPortfolio.With((".github/workflows/certfolio.yml",
            InitTemplates.GitHubWorkflow.Replace("steps.deployment.outputs.page_url", "steps.deploymnet.outputs.page_url", StringComparison.Ordinal)));

        var (exitCode, output) = actionlint.Lint(WorkflowOf(folder));

        Assert.Equal(1, exitCode);
        Assert.Contains("deploymnet", output);
    }

    [Fact]
    public void Every_action_is_pinned_by_a_version_tag()
    {
        var uses = InitTemplates.GitHubWorkflow.Split('\n').Select(line => line.Trim()).Where(line => line.Contains("uses: ", StringComparison.Ordinal)).ToArray();

        Assert.NotEmpty(uses);
        Assert.All(uses, line => Assert.Matches(@"uses: actions/[a-z-]+@v\d+$", line));
    }
}

public sealed class GeneratedGitLabPipelineTests
{
    [Fact]
    public void The_GitLab_pipeline_is_YAML_with_a_check_a_pages_and_a_scheduled_status_job()
    {
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(InitTemplates.GitLabCi));
        var jobs = (YamlDotNet.RepresentationModel.YamlMappingNode)stream.Documents[0].RootNode;

        string Script(string job) => string.Join("\n", ((YamlDotNet.RepresentationModel.YamlSequenceNode)((YamlDotNet.RepresentationModel.YamlMappingNode)jobs[job])["script"]).Select(line => line.ToString()));
        string Rule(string job) => ((YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlSequenceNode)((YamlDotNet.RepresentationModel.YamlMappingNode)jobs[job])["rules"])[0])["if"].ToString();

        Assert.Equal("certfolio check", Script("check"));
        Assert.Contains("merge_request_event", Rule("check"));
        Assert.Equal("certfolio build -o _site", Script("pages"));
        Assert.Contains("$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", Rule("pages"));
        Assert.Equal("certfolio status --fail-within 60", Script("status"));
        Assert.Equal("$CI_PIPELINE_SOURCE == \"schedule\"", Rule("status"));
    }
}

/// <summary>The pipeline <c>init --ci gitlab</c> writes, linted against GitLab's own CI schema (<see cref="GitLabCiLint"/>).</summary>
public sealed class GitLabPipelineLintTests
{
    [Fact]
    public void The_GitLab_pipeline_init_writes_passes_GitLabs_CI_schema()
    {
        // Given a portfolio made by init for GitLab
        var folder = Path.Combine(Path.GetTempPath(), "certfolio-init-" + Guid.NewGuid().ToString("N"));
        CliRunner.Run("init", folder, "--no-input", "--name", "Alex Morgan", "--ci", "gitlab", "--today", "2026-01-15");

        // When its .gitlab-ci.yml is linted
        var problems = GitLabCiLint.Lint(File.ReadAllText(Path.Combine(folder, InitTemplates.GitLabCiPath)));

        // Then GitLab's schema finds nothing wrong
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("    - if: $CI_PIPELINE_SOURCE == \"schedule\"", "    - iff: $CI_PIPELINE_SOURCE == \"schedule\"")]
    [InlineData("  script:\n    - certfolio check", "  scripts:\n    - certfolio check")]
    [InlineData("    paths:\n      - _site", "    paths: _site")]
    [InlineData("  DOTNET_NOLOGO: \"true\"", "  DOTNET_NOLOGO: [true]")]
    public void A_broken_pipeline_fails_the_lint_so_the_check_is_real(string valid, string broken)
    {
        // Given the template with one mistake GitLab would reject
        Assert.Contains(valid, InitTemplates.GitLabCi);
        var pipeline = InitTemplates.GitLabCi.Replace(valid, broken, StringComparison.Ordinal);

        // When it is linted
        var problems = GitLabCiLint.Lint(pipeline);

        // Then the schema reports it
        Assert.NotEmpty(problems);
    }
}
