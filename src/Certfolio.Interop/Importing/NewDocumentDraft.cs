namespace Certfolio.Interop.Importing;

/// <summary>The answers <c>certfolio new</c> takes, in the order it asks for them.</summary>
public enum DraftField
{
    Title,
    Provider,
    Date,
    Expiry,
    CredentialId,
    VerificationUrl,
    Skills,
    Level,
    Logo,
    Description,
}

/// <summary>
/// The answers of <c>certfolio new</c> as typed or given as options, before they are a document: each trimmed, null when
/// not given. Nothing here judges them; <see cref="NewDocumentPlan.Check"/> asks check.
/// </summary>
public sealed record NewDocumentDraft
{
    public static IReadOnlyList<DraftField> Fields { get; } = Enum.GetValues<DraftField>();

    public string? Title { get; init; }
    public string? Provider { get; init; }
    public string? Date { get; init; }
    public string? Expiry { get; init; }
    public string? CredentialId { get; init; }
    public string? VerificationUrl { get; init; }
    /// <summary>Comma-separated, as typed.</summary>
    public string? Skills { get; init; }
    public string? Level { get; init; }
    public string? Logo { get; init; }
    public string? Description { get; init; }

    /// <summary>The skills, one per comma-separated item.</summary>
    public IReadOnlyList<string> SkillList => Skills?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>The front matter key (canonical name) an answer is written under.</summary>
    public static string KeyOf(DraftField field) => field switch
    {
        DraftField.Title => "title",
        DraftField.Provider => "provider",
        DraftField.Date => "date",
        DraftField.Expiry => "expiryDate",
        DraftField.CredentialId => "credentialId",
        DraftField.VerificationUrl => "verificationUrl",
        DraftField.Skills => "skills",
        DraftField.Level => "level",
        DraftField.Logo => "logo",
        _ => "description",
    };

    public string? this[DraftField field] => field switch
    {
        DraftField.Title => Title,
        DraftField.Provider => Provider,
        DraftField.Date => Date,
        DraftField.Expiry => Expiry,
        DraftField.CredentialId => CredentialId,
        DraftField.VerificationUrl => VerificationUrl,
        DraftField.Skills => Skills,
        DraftField.Level => Level,
        DraftField.Logo => Logo,
        _ => Description,
    };

    /// <summary>This draft with one answer given (trimmed; empty is no answer).</summary>
    public NewDocumentDraft With(DraftField field, string? answer)
    {
        var value = string.IsNullOrWhiteSpace(answer) ? null : answer.Trim();
        return field switch
        {
            DraftField.Title => this with { Title = value },
            DraftField.Provider => this with { Provider = value },
            DraftField.Date => this with { Date = value },
            DraftField.Expiry => this with { Expiry = value },
            DraftField.CredentialId => this with { CredentialId = value },
            DraftField.VerificationUrl => this with { VerificationUrl = value },
            DraftField.Skills => this with { Skills = value },
            DraftField.Level => this with { Level = value },
            DraftField.Logo => this with { Logo = value },
            _ => this with { Description = value },
        };
    }
}
