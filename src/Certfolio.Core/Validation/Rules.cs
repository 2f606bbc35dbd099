namespace Certfolio.Core.Validation;

/// <summary>The one place rules are registered.</summary>
public static class Rules
{
    public static IReadOnlyList<IValidationRule> PerCredential { get; } =
    [
        new TitleLengthRule(),
        new DateOrderRule(),
        new VerificationUrlRule(),
        new LogoRule(),
        new SkillsRule(),
        new BodyImagesRule(),
        new BodyNestingRule(),
        new BodyLinksRule(),
        new DescriptionRule(),
        new Renewal.RenewalBlockRule(), new Renewal.ExpiryMatchesCertifierRule(), new Renewal.CreditsMatchCertifierRule(), new Renewal.KnownTitleProviderRule(),
    ];

    public static IReadOnlyList<IPortfolioRule> AcrossPortfolio { get; } =
    [
        new UniqueCredentialIdRule(),
        new UniqueSlugRule(),
    ];
}
