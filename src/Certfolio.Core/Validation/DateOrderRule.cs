using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;

namespace Certfolio.Core.Validation;

public sealed class DateOrderRule : IValidationRule
{
    public void Validate(Credential credential, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (credential.Expires is { } expires && expires < credential.Issued)
        {
            var format = context.Config.DateFormat;
            var invariant = System.Globalization.CultureInfo.InvariantCulture;
            diagnostics.Add(Descriptors.ExpiryBeforeIssue, credential.LocationOf("expiryDate"), expires.ToString(format, invariant), credential.Issued.ToString(format, invariant));
        }
    }
}
