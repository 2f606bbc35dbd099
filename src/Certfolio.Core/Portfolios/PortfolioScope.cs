using Certfolio.Core.Diagnostics;
using Certfolio.Core.Renewal;
using Certfolio.Core.Text;
using Certfolio.Core.Training;
using Certfolio.Core.Validation;

namespace Certfolio.Core.Portfolios;

/// <summary>
/// An opened portfolio, before any document is read (<see cref="PortfolioLoader.Open"/>): its config, its layout
/// confined to the portfolio, what rules consult, its renewal policies and training ledger, and the problems found so
/// far. <c>check</c> opens one and loads every document in it once; <c>serve</c> keeps one open and reloads the
/// documents that change, until the config or the training folder changes.
/// </summary>
public sealed record PortfolioScope(
    PortfolioLayout Layout,
    PortfolioConfig Config,
    ValidationContext Context,
    PolicyResolver Policies,
    TrainingLedger Ledger,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The text of <c>certfolio.yaml</c> as read through the gate, or null when none was read.</summary>
    public SourceText? ConfigText { get; init; }

    /// <summary>The renewal policies' problems, which point into certfolio.yaml, with their lines quoted.</summary>
    public IReadOnlyList<Diagnostic> PolicyDiagnostics { get; init; } = [];

    /// <summary>
    /// Whether the content folder may be listed: it exists and lies inside the portfolio (a folder outside is never
    /// listed; it may be the whole disk).
    /// </summary>
    public bool ContentListable { get; init; }

    /// <summary>
    /// Whether the content folder itself leads outside the portfolio's real path (a link): every document is then a
    /// possible way out and gets the full check, whatever its listing entry says.
    /// </summary>
    public bool ContentIsLinked { get; init; }
}
