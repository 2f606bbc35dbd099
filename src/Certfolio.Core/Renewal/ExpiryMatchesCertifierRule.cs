using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;
using Certfolio.Core.Validation;

namespace Certfolio.Core.Renewal;

/// <summary>
/// Warns (CF0301) when a document's expiry contradicts its certifier's validity period. A renewal may
/// extend the current expiry from inside the window, so validity up to the window (plus a month of
/// slack) longer than the certifier's validity is accepted, and up to a month shorter.
/// </summary>
public sealed class ExpiryMatchesCertifierRule : IValidationRule
{
    private const int SlackDays = 31;

    public void Validate(Credential credential, ValidationContext context, DiagnosticBag diagnostics)
    {
        // Without its issue date (or provider) an incomplete credential has no validity to compare.
        if (!credential.IsComplete || credential.Expires is not { } expires || expires < credential.Issued) return;
        if (CertifierPolicies.Match(credential) is not { } policy) return;
        var location = credential.LocationOf("expiryDate");
        var given = Describe(credential.Issued, expires);

        if (policy.Terms.Expires == false)
        {
            diagnostics.Add(Descriptors.ExpiryContradictsRule, location, given, policy.Certifier, "ever (they do not expire)", policy.Id, policy.Source);
            return;
        }
        if (policy.Terms.CycleYears is not { } years) return;
        var expected = SaturatingDate.AddYears(credential.Issued, years);
        var window = policy.Terms.WindowDays ?? RenewalPolicy.DefaultWindowDays;
        if (expires.DayNumber < expected.DayNumber - SlackDays || expires.DayNumber > expected.DayNumber + window + SlackDays)
            diagnostics.Add(Descriptors.ExpiryContradictsRule, location, given, policy.Certifier, policy.ValidityText, policy.Id, policy.Source);
    }

    /// <summary>The span from issue to expiry in words: "3 years", "18 months", "20 days".</summary>
    public static string Describe(DateOnly from, DateOnly to)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        if (SaturatingDate.AddMonths(from, months) > to) months--;
        if (months <= 0)
        {
            var days = to.DayNumber - from.DayNumber;
            return days == 1 ? "1 day" : $"{days} days";
        }
        if (months % 12 == 0) return CertifierPolicy.Years(months / 12);
        return months == 1 ? "1 month" : $"{months} months";
    }
}
