using Certfolio.Core.Portfolios;
using Certfolio.Core.Training;

namespace Certfolio.Core.Status;

/// <summary>How to track: the warning horizon and where the ledger comes from.</summary>
public sealed record TrackingOptions
{
    /// <summary>Days before expiry a credential counts as expiring; null takes <c>expiringDays</c> from certfolio.yaml.</summary>
    public int? ExpiringDays { get; init; }
    /// <summary>The file system the training ledger is read from.</summary>
    public IFileSystem? FileSystem { get; init; }
    /// <summary>A ledger already loaded; null loads it from the portfolio's training folder.</summary>
    public TrainingLedger? Ledger { get; init; }

    public static TrackingOptions Default { get; } = new();
}
