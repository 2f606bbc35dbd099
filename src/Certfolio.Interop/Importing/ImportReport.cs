using Certfolio.Core.Diagnostics;

namespace Certfolio.Interop.Importing;

/// <summary>The outcome of an import: one action per record and every message, in input order.</summary>
public sealed record ImportReport(IReadOnlyList<ImportAction> Actions, IReadOnlyList<ImportMessage> Messages, bool DryRun)
{
    /// <summary>Why nothing was imported at all: the content folder is one <c>check</c> refuses (CF0203, CF0207).</summary>
    public IReadOnlyList<Diagnostic> Refusals { get; init; } = [];

    public int Count(ImportActionKind kind) => Actions.Count(a => a.Kind == kind);

    /// <summary>True when something was refused: a malformed file, a skipped record, or differences left alone.</summary>
    public bool HasProblems => Refusals.Count > 0 || Messages.Any(m => m.Severity == Severity.Error) || Actions.Any(a => a.Kind is ImportActionKind.Differs or ImportActionKind.Skipped);
}
