using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;

namespace Certfolio.Core.Validation;

/// <summary>One semantic rule about a single credential.</summary>
public interface IValidationRule
{
    void Validate(Credential credential, ValidationContext context, DiagnosticBag diagnostics);
}

/// <summary>One rule across all credentials of a portfolio (uniqueness).</summary>
public interface IPortfolioRule
{
    void Validate(IReadOnlyList<Credential> credentials, ValidationContext context, DiagnosticBag diagnostics);
}
