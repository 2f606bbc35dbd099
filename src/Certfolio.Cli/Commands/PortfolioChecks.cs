using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Status;

namespace Certfolio.Cli.Commands;

/// <summary>Diagnostics beyond the documents themselves that <c>check</c> and <c>build</c> both report: renewal policies and the training ledger.</summary>
public static class PortfolioChecks
{
    public static IReadOnlyList<Diagnostic> Extra(Portfolio portfolio) => TrackingDiagnostics.For(portfolio);
}
