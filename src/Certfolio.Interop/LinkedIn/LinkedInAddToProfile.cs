using System.Globalization;
using System.Text;
using Certfolio.Core.Model;

namespace Certfolio.Interop.LinkedIn;

/// <summary>
/// LinkedIn's "Add to profile" link for a certification, prefilled from the credential. LinkedIn no longer
/// guarantees that third-party prefill works, so a button using it is a convenience, not a promise.
/// </summary>
public static class LinkedInAddToProfile
{
    public const string BaseUrl = "https://www.linkedin.com/profile/add";

    /// <summary>
    /// <c>https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&amp;name=…&amp;organizationName=…&amp;issueYear=…&amp;issueMonth=…</c>
    /// with expiry, <c>certUrl</c> and <c>certId</c> when known; every value URL-encoded. Safe to put in an
    /// <c>href</c> once HTML-attribute-encoded (it contains <c>&amp;</c>).
    /// </summary>
    public static string UrlFor(Credential credential)
    {
        var query = new StringBuilder(BaseUrl).Append("?startTask=CERTIFICATION_NAME");
        void Add(string name, string value) => query.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));

        Add("name", credential.Title);
        Add("organizationName", credential.Provider);
        Add("issueYear", credential.Issued.Year.ToString(CultureInfo.InvariantCulture));
        Add("issueMonth", credential.Issued.Month.ToString(CultureInfo.InvariantCulture));
        if (credential.Expires is { } expires)
        {
            Add("expirationYear", expires.Year.ToString(CultureInfo.InvariantCulture));
            Add("expirationMonth", expires.Month.ToString(CultureInfo.InvariantCulture));
        }
        if (credential.VerificationUrl is { } url) Add("certUrl", url);
        if (credential.CredentialId is { } id) Add("certId", id);
        return query.ToString();
    }
}
