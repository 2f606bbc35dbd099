namespace Certfolio.Cli.Init;

/// <summary>What <c>init</c> needs to know, from options or prompts, already validated.</summary>
public sealed record InitAnswers(string Name, string Title, string DateFormat, CiTemplate Ci, DateOnly Today);
