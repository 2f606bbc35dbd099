namespace Certfolio.Core.Model;

/// <summary>The five statuses of a credential, in the order of precedence where several apply.</summary>
public enum CredentialStatus
{
    Expired,
    Expiring,
    RenewalOpen,
    Active,
    NoExpiry,
}

public static class CredentialStatusNames
{
    /// <summary>The stable name used in JSON, CSS classes and URLs: <c>renewal-open</c>.</summary>
    public static string ToSlug(this CredentialStatus status) => status switch
    {
        CredentialStatus.Expired => "expired",
        CredentialStatus.Expiring => "expiring",
        CredentialStatus.RenewalOpen => "renewal-open",
        CredentialStatus.Active => "active",
        CredentialStatus.NoExpiry => "no-expiry",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>The label people read: "renewal open".</summary>
    public static string ToLabel(this CredentialStatus status) => status switch
    {
        CredentialStatus.Expired => "expired",
        CredentialStatus.Expiring => "expiring",
        CredentialStatus.RenewalOpen => "renewal open",
        CredentialStatus.Active => "active",
        CredentialStatus.NoExpiry => "does not expire",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
