using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;

namespace Certfolio.Core.Validation;

/// <summary>One semantic rule about a single credential.</summary>
public interface IValidationRule
{
    void Validate(Credential credential, ValidationContext context, DiagnosticBag diagnostics);
}

/// <summary>
/// One rule about a single credential that reads its document too (the body, or the front matter tree). It runs while
/// the loader holds the document, which a loaded credential does not keep.
/// </summary>
public interface IDocumentRule
{
    void Validate(Credential credential, Document document, ValidationContext context, DiagnosticBag diagnostics);
}

/// <summary>One rule across all credentials of a portfolio (uniqueness).</summary>
public interface IPortfolioRule
{
    void Validate(IReadOnlyList<Credential> credentials, ValidationContext context, DiagnosticBag diagnostics);
}
