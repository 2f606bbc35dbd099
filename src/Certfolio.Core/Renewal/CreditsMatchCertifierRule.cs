using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;
using Certfolio.Core.Validation;

namespace Certfolio.Core.Renewal;

/// <summary>Warns (CF0302) when a renewal block asks for credits from a certifier that renews by exam only.</summary>
public sealed class CreditsMatchCertifierRule : IValidationRule
{
    public void Validate(Credential credential, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (!credential.IsComplete || credential.Renewal?.Find("credits") is not { } entry) return;
        if (PolicyResolver.BindDocument(credential.Renewal).Credits is not > 0) return;
        if (CertifierPolicies.Match(credential) is not { AcceptsCredits: false } policy) return;
        diagnostics.Add(Descriptors.CreditsContradictRule, Text.SourceLocation.At(credential.RelativePath, entry.Value.Start),
            policy.Certifier, policy.RenewsBy, policy.Id, policy.Source);
    }
}
