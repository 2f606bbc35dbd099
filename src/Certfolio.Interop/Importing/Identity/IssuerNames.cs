using Certfolio.Core.Renewal;

namespace Certfolio.Interop.Importing.Identity;

/// <summary>
/// Whether two provider names are one issuer. Asks the renewal table, which knows the aliases
/// ("AWS", "Amazon Web Services") and normalises names the way <c>check</c> does, so import and check agree.
/// </summary>
public static class IssuerNames
{
    public static bool Same(string a, string b) => CertifierPolicies.SameCertifier(a.Trim(), b.Trim());

    /// <summary>An issuer whose credential IDs name the person (Microsoft's MCID), so one ID may stand on several credentials.</summary>
    public static bool IdNamesThePerson(string provider) => PersonIdIssuers.Includes(provider);
}
