namespace Certfolio.Interop.JsonResume;

/// <summary>
/// The property names of a JSON Resume certificate. <see cref="ExpiryDate"/> and <see cref="CredentialId"/> are
/// Certfolio's extra properties: the schema allows them on items, and it has no field of its own for either
/// (jsonresume/resume-schema issues #468 and #503).
/// </summary>
public static class JsonResumeFields
{
    public const string Certificates = "certificates";
    public const string Name = "name";
    public const string Date = "date";
    public const string Url = "url";
    public const string Issuer = "issuer";
    public const string ExpiryDate = "expiryDate";
    public const string CredentialId = "credentialId";

    // An award (awards[]): older resumes list certifications there.
    public const string Awards = "awards";
    public const string AwardTitle = "title";
    public const string Awarder = "awarder";
    public const string AwardSummary = "summary";
}
