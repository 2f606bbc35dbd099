namespace Certfolio.Interop.Importing;

/// <summary>
/// One credential read from a foreign format, before it becomes a document. <see cref="Source"/> says where
/// it came from (<c>Certifications.csv row 3</c>, <c>badges.json $.data[4]</c>) for every message about it.
/// </summary>
public sealed record ImportedCredential
{
    public required string Source { get; init; }
    public required string Title { get; init; }
    public required DateOnly Issued { get; init; }
    public required string Provider { get; init; }
    public DatePrecision Precision { get; init; } = DatePrecision.Day;
    public string? Description { get; init; }
    public string? CredentialId { get; init; }
    public DateOnly? Expires { get; init; }
    public string? VerificationUrl { get; init; }
    public IReadOnlyList<string> Skills { get; init; } = [];
    public string? Level { get; init; }
    /// <summary>An http(s) URL; importers never copy files.</summary>
    public string? Logo { get; init; }
    /// <summary>Further front matter keys the source has and the model does not (<c>courseUrl</c>), written as strings.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Extra { get; init; } = [];
}
