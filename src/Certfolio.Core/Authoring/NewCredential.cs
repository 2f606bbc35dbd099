namespace Certfolio.Core.Authoring;

/// <summary>What a person types to start a new certification document.</summary>
public sealed record NewCredential
{
    public required string Title { get; init; }
    public required DateOnly Issued { get; init; }
    public required string Provider { get; init; }
    public string? Description { get; init; }
    public string? CredentialId { get; init; }
    public DateOnly? Expires { get; init; }
    public string? VerificationUrl { get; init; }
    public IReadOnlyList<string> Skills { get; init; } = [];
    public string? Level { get; init; }
    public string? Logo { get; init; }
}
