using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Training;

namespace Certfolio.Core.Status;

/// <summary>Every credential of a portfolio tracked on one day, with the ledger and the problems found.</summary>
public sealed record TrackingReport(
    Portfolio Portfolio,
    DateOnly Today,
    int ExpiringDays,
    IReadOnlyList<CredentialTracking> Entries,
    TrainingLedger Ledger,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// The documents that did not load, by path. They are not in <see cref="Entries"/>, and each always needs attention.
    /// </summary>
    public IReadOnlyList<InvalidTracking> Invalid { get; init; } = [];

    /// <summary>The entry of the credential with this slug (its page name), or null.</summary>
    public CredentialTracking? Find(string slug) => Entries.FirstOrDefault(e => e.Credential.Slug == slug);

    /// <summary>The entries that need attention within <paramref name="days"/> (see <see cref="CredentialTracking.NeedsAttention"/>).</summary>
    public IReadOnlyList<CredentialTracking> NeedingAttention(int days) => Entries.Where(e => e.NeedsAttention(days, Today)).ToArray();
}
