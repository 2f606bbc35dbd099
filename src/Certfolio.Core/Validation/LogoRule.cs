using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;

namespace Certfolio.Core.Validation;

public sealed class LogoRule : IValidationRule
{
    public void Validate(Credential credential, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (credential.Logo is not { } logo) return;
        var location = credential.LocationOf("logo");
        if (logo.IsUrl)
        {
            if (!VerificationUrlRule.IsHttpUrl(logo.Value)) diagnostics.Add(Descriptors.InvalidLogo, location, logo.Value);
            return;
        }
        var verdict = context.Publishing.Check(logo.Value);
        if (verdict.Refusal is not null)
        {
            verdict.Report("logo", logo.Value, location, diagnostics);
            return;
        }
        switch (verdict.Resolution)
        {
            case AssetResolution.Outside:
                diagnostics.Add(Descriptors.LogoOutsideAssets, location, logo.Value, verdict.Reason);
                break;
            case AssetResolution.Missing:
                diagnostics.Add(Descriptors.LogoNotFound, location, logo.Value, context.Layout.Relative(context.Assets.AssetsRoot));
                break;
        }
    }
}
