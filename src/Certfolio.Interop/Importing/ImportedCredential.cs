using Certfolio.Core.Text;

namespace Certfolio.Interop.Importing;

/// <summary>
/// One credential read from a foreign format, before it becomes a document. <see cref="Place"/> says where
/// it came from (<c>Certifications.csv row 3</c>, <c>badges.json $.data[4]</c>), for every diagnostic about it.
/// </summary>
public sealed record ImportedCredential
{
    private readonly string? _source;

    /// <summary>Where an importer read the record; null for one made otherwise (<c>certfolio new</c> writes through the same writer).</summary>
    public InputPlace? Place { get; init; }

    /// <summary>How action lines name the record: its place, unless given.</summary>
    public string Source
    {
        get => _source ?? Place?.ToString() ?? "";
        init => _source = value;
    }

    /// <summary>Where diagnostics about the record point: its place, else the start of what <see cref="Source"/> names.</summary>
    public InputPlace Origin => Place ?? new InputPlace(SourceLocation.FileStart(Source), Source);

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
