namespace Certfolio.Site;

/// <summary>Who a build is for. The same portfolio makes two different sites.</summary>
public enum SiteAudience
{
    /// <summary>
    /// Anyone on the web: the credentials, their validity and verification, plus only what certfolio.yaml's
    /// <c>public:</c> switches on. The default of <c>certfolio build</c>.
    /// </summary>
    Visitor,

    /// <summary>
    /// The portfolio's owner (<c>certfolio serve</c>, <c>certfolio build --owner</c>): everything, what visitors do not
    /// see marked as such, and the owner's dashboard at <c>/owner/</c>.
    /// </summary>
    Owner,
}
