using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;

namespace Certfolio.Cli.Output;

/// <summary>
/// Puts a portfolio's diagnostics in the user's frame: paths relative to the current folder. Each diagnostic already
/// carries the line it quotes (<see cref="Diagnostic.Quote"/>), so nothing here reads a file.
/// </summary>
public sealed class PortfolioDiagnostics(Portfolio portfolio)
{
    /// <summary>Every diagnostic of the portfolio, the training ledger's and the renewal policies' included, sorted by the loader.</summary>
    public IReadOnlyList<Diagnostic> All => portfolio.Diagnostics;

    public IReadOnlyList<ShownDiagnostic> Shown(string currentDirectory) =>
        All.Select(d => new ShownDiagnostic(d, DisplayPath(d.Location.FilePath, currentDirectory))).ToArray();

    private string DisplayPath(string relativeToRoot, string currentDirectory) =>
        Path.GetRelativePath(currentDirectory, Path.Combine(portfolio.Layout.Root, relativeToRoot)).Replace('\\', '/');
}
