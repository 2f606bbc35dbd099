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

    /// <summary>An absolute http(s) URL the site publishes as it is (<see cref="SafeUrl"/>).</summary>
    public static bool IsHttpUrl(string url) => SafeUrl.IsHttp(url);
}
