namespace Certfolio.Core.Renewal;

/// <summary>
/// Issuers whose credential number names the person, not the credential: Microsoft's certification number (MCID)
/// is one per person, and people enter it as the ID of every Microsoft certification (LinkedIn's "License Number").
/// For these issuers a credentialId shared by credentials of different titles is real data, not a copy-paste slip:
/// <c>check</c>'s duplicate-ID rule and <c>import</c>'s matching both ask here. Data, kept beside the renewal table
/// and matched with its aliases (<see cref="CertifierPolicies.SameCertifier"/>).
/// </summary>
public static class PersonIdIssuers
{
    /// <summary>Source: learn.microsoft.com/en-us/training/support/learn-profile-manage ("Certification ID", one per profile).</summary>
    private static readonly string[] Names = ["Microsoft", "Microsoft Learn"];

    public static bool Includes(string provider) => Names.Any(name => CertifierPolicies.SameCertifier(name, provider));
}
