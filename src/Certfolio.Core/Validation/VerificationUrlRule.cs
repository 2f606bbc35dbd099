using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;

namespace Certfolio.Core.Validation;

public sealed class VerificationUrlRule : IValidationRule
{
    public void Validate(Credential credential, ValidationContext context, DiagnosticBag diagnostics)
    {
        if (credential.VerificationUrl is not { } url) return;
        if (!IsHttpUrl(url))
            diagnostics.Add(Descriptors.InvalidVerificationUrl, credential.LocationOf("verificationUrl"), url);
    }

    public static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host);
}
