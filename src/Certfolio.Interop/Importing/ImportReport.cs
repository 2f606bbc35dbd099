using Certfolio.Core.Diagnostics;

namespace Certfolio.Interop.Importing;

/// <summary>The outcome of an import: one action per record and every diagnostic, in input order.</summary>
public sealed record ImportReport(IReadOnlyList<ImportAction> Actions, IReadOnlyList<Diagnostic> Diagnostics, bool DryRun)
{
    /// <summary>Why nothing was imported at all: the content folder is one <c>check</c> refuses (CF0203, CF0207).</summary>
    public IReadOnlyList<Diagnostic> Refusals { get; init; } = [];

    /// <summary>Errors found while the files were read (a malformed file, a record that is no credential): they have no action.</summary>
    public int ReadErrors { get; init; }

    public int Count(ImportActionKind kind) => Actions.Count(a => a.Kind == kind);

    /// <summary>True when something was refused: a malformed file, a skipped or conflicting record, or differences left alone. A merged record is no problem.</summary>
    public bool HasProblems => Refusals.Count > 0 || Diagnostics.Any(d => d.Severity == Severity.Error) || Actions.Any(a => a.Kind is ImportActionKind.Differs or ImportActionKind.Skipped or ImportActionKind.Conflict);
}
