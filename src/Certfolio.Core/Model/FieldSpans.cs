using Certfolio.Core.Text;

namespace Certfolio.Core.Model;

/// <summary>
/// Where each bound field's value is written (<see cref="Credential.Spans"/>), by canonical key, so a rule can point
/// at the whole value. Kept inline in every credential: a dozen small structs, no object and no table of its own.
/// A field that is not written has the default span (<see cref="SourceSpan.IsKnown"/> false).
/// </summary>
public readonly record struct FieldSpans
{
    public SourceSpan Title { get; init; }
    public SourceSpan Date { get; init; }
    public SourceSpan Provider { get; init; }
    public SourceSpan Description { get; init; }
    public SourceSpan CredentialId { get; init; }
    public SourceSpan ExpiryDate { get; init; }
    public SourceSpan VerificationUrl { get; init; }
    public SourceSpan Skills { get; init; }
    public SourceSpan Level { get; init; }
    public SourceSpan Logo { get; init; }
    public SourceSpan Renew { get; init; }
    public SourceSpan Renewal { get; init; }

    /// <summary>The span of a canonical key's value; the default for a key that is not written or not bound.</summary>
    public SourceSpan this[string canonicalKey] => canonicalKey switch
    {
        "title" => Title,
        "date" => Date,
        "provider" => Provider,
        "description" => Description,
        "credentialId" => CredentialId,
        "expiryDate" => ExpiryDate,
        "verificationUrl" => VerificationUrl,
        "skills" => Skills,
        "level" => Level,
        "logo" => Logo,
        "renew" => Renew,
        "renewal" => Renewal,
        _ => default,
    };

    /// <summary>These spans with a canonical key's value at <paramref name="span"/>; while binding only.</summary>
    public FieldSpans With(string canonicalKey, SourceSpan span) => canonicalKey switch
    {
        "title" => this with { Title = span },
        "date" => this with { Date = span },
        "provider" => this with { Provider = span },
        "description" => this with { Description = span },
        "credentialId" => this with { CredentialId = span },
        "expiryDate" => this with { ExpiryDate = span },
        "verificationUrl" => this with { VerificationUrl = span },
        "skills" => this with { Skills = span },
        "level" => this with { Level = span },
        "logo" => this with { Logo = span },
        "renew" => this with { Renew = span },
        "renewal" => this with { Renewal = span },
        _ => throw new ArgumentOutOfRangeException(nameof(canonicalKey), canonicalKey, "not a key a credential binds"),
    };
}
