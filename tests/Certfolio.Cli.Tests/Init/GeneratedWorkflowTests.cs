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
