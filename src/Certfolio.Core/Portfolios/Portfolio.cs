using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;
using Certfolio.Core.Renewal;
using Certfolio.Core.Text;
using Certfolio.Core.Training;

namespace Certfolio.Core.Portfolios;

/// <summary>A loaded portfolio: its valid credentials and every diagnostic found, sorted by file and position.</summary>
public sealed record Portfolio(
    PortfolioLayout Layout,
    PortfolioConfig Config,
    IReadOnlyList<Credential> Credentials,
    IReadOnlyList<Diagnostic> Diagnostics,
    int FilesChecked)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>The bodies of the credentials, kept when loaded for a build or a patch (<see cref="LoadPurpose"/>); none for a report.</summary>
    public BodySource Bodies { get; init; } = BodySource.None;

    /// <summary>
    /// Every parsed document whole (text and front matter tree), including those that did not bind, when loaded for a
    /// patch (<see cref="LoadPurpose.Patch"/>); empty for any other purpose.
    /// </summary>
    public IReadOnlyList<Document> Documents { get; init; } = [];

    /// <summary>The text of <c>certfolio.yaml</c> as the loader read it through the gate, or null when none was read.</summary>
    public SourceText? ConfigText { get; init; }

    /// <summary>Every document that did not load as a credential, by path, with its first error (status and calendar list them).</summary>
    public IReadOnlyList<InvalidDocument> InvalidDocuments { get; init; } = [];

    /// <summary>
    /// The training ledger, read once by the loader; its problems are in <see cref="Diagnostics"/> too, so every command
    /// (check, build, status, calendar, serve) reports them.
    /// </summary>
    public TrainingLedger Ledger { get; init; } = TrainingLedger.Empty;

    /// <summary>The renewal policies of <see cref="Config"/>, bound once by the loader; their problems are in <see cref="Diagnostics"/>.</summary>
    public PolicyResolver Policies { get; init; } = PolicyResolver.None;
}
