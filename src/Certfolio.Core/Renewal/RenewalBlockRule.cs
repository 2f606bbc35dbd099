using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;
using Certfolio.Core.Text;
using Certfolio.Core.Validation;

namespace Certfolio.Core.Renewal;

/// <summary>Reports every problem of a document's <c>renewal:</c> block (CF0303) at the offending key or value.</summary>
public sealed class RenewalBlockRule : IValidationRule
{
    public void Validate(Credential credential, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (credential.Renewal is not { } block) return;
        RenewalTermsBinder.Bind(block, (key, position, message) =>
            diagnostics.Add(Descriptors.InvalidRenewal, SourceLocation.At(credential.RelativePath, position), key, message));
    }
}
