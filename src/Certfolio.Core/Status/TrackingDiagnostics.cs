using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Renewal;
using Certfolio.Core.Training;

namespace Certfolio.Core.Status;

/// <summary>What <c>check</c> adds for tracking beyond the per-credential rules: the config's policies and the training ledger.</summary>
public static class TrackingDiagnostics
{
    /// <summary>Problems of <c>policies:</c> in certfolio.yaml and of every training record, sorted.</summary>
    public static IReadOnlyList<Diagnostic> For(Portfolio portfolio, IFileSystem? fileSystem = null) =>
        PortfolioLoader.Sort(new PolicyResolver(portfolio.Config).Diagnostics.Concat(TrainingLedger.Load(portfolio, fileSystem).Diagnostics));
}
