namespace Certfolio.Interop.OpenBadges;

/// <summary>Texts the Open Badges export makes up where a required value is missing, so the importer can recognise and drop them again.</summary>
public static class OpenBadgesText
{
    public const string ContextV2 = "https://www.w3.org/ns/credentials/v2";
    public const string ContextOb3 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";

    /// <summary><c>Achievement.description</c> is required; a credential without a description gets this one.</summary>
    public static string FallbackDescription(string title, string provider) => $"{title}, a certification by {provider}.";

    /// <summary><c>Achievement.criteria</c> is required; Certfolio knows only who awards the credential.</summary>
    public static string CriteriaNarrative(string provider) => $"Awarded by {provider} to candidates who meet its certification requirements.";

    /// <summary>The <c>name</c> of the evidence that carries the verification URL.</summary>
    public const string VerificationEvidenceName = "Verification";
}
