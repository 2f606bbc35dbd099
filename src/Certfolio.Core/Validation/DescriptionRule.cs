using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;

namespace Certfolio.Core.Validation;

public sealed class DescriptionRule : IValidationRule
{
    public void Validate(Credential credential, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (credential.Description is { } description && description.Trim().Contains("\n\n", StringComparison.Ordinal))
            diagnostics.Add(Descriptors.MultiParagraphDescription, credential.LocationOf("description"));
    }
}
