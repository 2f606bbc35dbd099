using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;

namespace Certfolio.Cli.Commands;

/// <summary>Diagnostics beyond the documents themselves that <c>check</c> and <c>build</c> both report (the training ledger).</summary>
public static class PortfolioChecks
{
    public static IEnumerable<Diagnostic> Extra(Portfolio portfolio, TimeProvider clock) => Core.Tracking.TrackingDiagnostics.For(portfolio);
}
