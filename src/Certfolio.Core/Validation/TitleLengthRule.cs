using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;

namespace Certfolio.Core.Validation;

public sealed class TitleLengthRule : IValidationRule
{
    public void Validate(Credential credential, ValidationContext context, DiagnosticBag diagnostics)
    {
        var limit = context.Config.Limits.MaxTitleLength;
        if (credential.Title.Length > limit)
            diagnostics.Add(Descriptors.TitleTooLong, credential.LocationOf("title"), credential.Title.Length, limit);
    }
}
