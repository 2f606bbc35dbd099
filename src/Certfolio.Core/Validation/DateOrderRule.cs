using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;

namespace Certfolio.Core.Validation;

public sealed class DateOrderRule : IValidationRule
{
    public void Validate(Credential credential, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (credential.Expires is { } expires && expires < credential.Issued)
        {
            // A date known to the month is named as the month (05.2024), never as a day nobody wrote.
            var format = context.Config.DateFormat;
            diagnostics.Add(Descriptors.ExpiryBeforeIssue, credential.LocationOf("expiryDate"),
                DateText.Format(expires, credential.DatePrecision, format), DateText.Format(credential.Issued, credential.DatePrecision, format));
        }
    }
}
