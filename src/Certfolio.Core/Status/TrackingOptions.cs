using Certfolio.Core.Portfolios;

namespace Certfolio.Core.Status;

/// <summary>How to track: the warning horizon. The ledger and the policies are the portfolio's (<see cref="Portfolio.Ledger"/>).</summary>
public sealed record TrackingOptions
{
    /// <summary>Days before expiry a credential counts as expiring; null takes <c>expiringDays</c> from certfolio.yaml.</summary>
    public int? ExpiringDays { get; init; }

    public static TrackingOptions Default { get; } = new();
}
