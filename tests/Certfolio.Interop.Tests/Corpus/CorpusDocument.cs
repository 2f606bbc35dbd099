using Certfolio.Core.Model;

namespace Certfolio.Interop.Tests.Corpus;

/// <summary>
/// What an imported document says, field by field, in one value: a mismatch shows every field of both sides.
/// Skills are joined with "; "; <see cref="Precision"/> and <see cref="CourseUrl"/> are the extra keys an import writes.
/// </summary>
public sealed record CorpusDocument(
    string Title, string Provider, DateOnly Date, DateOnly? Expiry = null, string? CredentialId = null, string? VerificationUrl = null,
    string? Description = null, string Skills = "", string? Level = null, string? Logo = null, string? Precision = null, string? CourseUrl = null)
{
    public static CorpusDocument Of(Credential credential) => new(
        credential.Title, credential.Provider, credential.Issued, credential.Expires, credential.CredentialId, credential.VerificationUrl,
        credential.Description, string.Join("; ", credential.Skills), credential.Level, credential.Logo?.Value,
        credential.Extra.GetValueOrDefault("datePrecision") as string, credential.Extra.GetValueOrDefault("courseUrl") as string);
}
