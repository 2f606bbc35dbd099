using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;

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
        new DescriptionRule(),
        new Renewal.RenewalBlockRule(), new Renewal.ExpiryMatchesCertifierRule(), new Renewal.CreditsMatchCertifierRule(), new Renewal.KnownTitleProviderRule(),
    ];

    public static IReadOnlyList<IDocumentRule> PerDocument { get; } =
    [
        new SkillsRule(),
        new BodyImagesRule(),
        new BodyNestingRule(),
        new BodyLinksRule(),
    ];

    /// <summary>Every rule about one credential, with the document it was bound from, in the order they report.</summary>
    public static void Validate(Credential credential, Document document, ValidationContext context, DiagnosticBag diagnostics)
    {
        foreach (var rule in PerCredential) rule.Validate(credential, context, diagnostics);
        foreach (var rule in PerDocument) rule.Validate(credential, document, context, diagnostics);
    }

    public static IReadOnlyList<IPortfolioRule> AcrossPortfolio { get; } =
    [
        new UniqueCredentialIdRule(),
        new UniqueSlugRule(),
    ];
}
