using Certfolio.Core.Model;

namespace Certfolio.Interop.Importing;

/// <summary>Reads the <c>datePrecision</c> key an import may have written, so exports keep dates as precise as they were, and no more.</summary>
public static class CredentialDates
{
    public static DatePrecision PrecisionOf(Credential credential) =>
        NewDocumentWriter.ParsePrecision(credential.Extra.GetValueOrDefault(NewDocumentWriter.DatePrecisionKey));
}
