namespace Certfolio.Cli.Init;

/// <summary>One file init writes: its path relative to the portfolio (forward slashes) and its text.</summary>
public sealed record PlannedFile(string RelativePath, string Text);

/// <summary>The files init writes into a folder for given answers, and where documents go.</summary>
public sealed record InitPlan(ContentFolderChoice ContentFolder, IReadOnlyList<PlannedFile> Files)
{
    public static InitPlan For(string root, InitAnswers answers)
    {
        var content = ContentFolderChoice.For(root);
        var files = new List<PlannedFile>
        {
            new(Core.Portfolios.ConfigReader.FileName, InitTemplates.Config(answers)),
            new($"{content.RelativePath}/{InitTemplates.ExampleFileName}", InitTemplates.ExampleDocument(answers)),
        };
        if (answers.Ci == CiTemplate.GitHub) files.Add(new(InitTemplates.GitHubWorkflowPath, InitTemplates.GitHubWorkflow));
        if (answers.Ci == CiTemplate.GitLab) files.Add(new(InitTemplates.GitLabCiPath, InitTemplates.GitLabCi));
        return new InitPlan(content, files);
    }
}
