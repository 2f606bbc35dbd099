namespace Certfolio.Cli.Init;

/// <summary>Which continuous-integration file <c>init</c> writes (<c>--ci</c>).</summary>
public enum CiTemplate
{
    GitHub,
    GitLab,
    None,
}

/// <summary>The <c>--ci</c> values as the user types them.</summary>
public static class CiTemplates
{
    public static readonly IReadOnlyList<string> Names = ["github", "gitlab", "none"];

    public static CiTemplate? Parse(string value) => value.Trim().ToLowerInvariant() switch
    {
        "github" => CiTemplate.GitHub,
        "gitlab" => CiTemplate.GitLab,
        "none" => CiTemplate.None,
        _ => null,
    };
}
