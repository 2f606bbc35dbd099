using Certfolio.Core.Model;

namespace Certfolio.Core.Status;

/// <summary>
/// The one definition of a credential's status on a given day. A credential is valid on its expiry
/// date and expired from the day after; where several statuses apply, expired beats expiring beats
/// renewal-open beats active.
/// </summary>
public static class StatusCalculator
{
    public const int DefaultExpiringDays = 90;

    public static CredentialStatus Compute(DateOnly? expires, DateOnly today, int expiringDays = DefaultExpiringDays, DateOnly? renewalOpens = null)
    {
        if (expires is not { } expiry) return CredentialStatus.NoExpiry;
        if (today > expiry) return CredentialStatus.Expired;
        if (expiry.DayNumber - today.DayNumber <= expiringDays) return CredentialStatus.Expiring;
        if (renewalOpens is { } opens && today >= opens) return CredentialStatus.RenewalOpen;
        return CredentialStatus.Active;
    }

    /// <summary>Today in the local time zone of <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
