using Certfolio.Core.Model;

namespace Certfolio.Core.Status;

public enum NextStepKind
{
    /// <summary><c>renew: false</c>: the owner lets it lapse.</summary>
    NotRenewing,
    /// <summary>It never expires.</summary>
    Nothing,
    /// <summary>Expired on <see cref="NextStep.Date"/> (known to the day).</summary>
    ExpiredOn,
    /// <summary>Expired after <see cref="NextStep.Date"/> (known to the month or year).</summary>
    ExpiredAfter,
    /// <summary>Log <see cref="NextStep.Amount"/> more <see cref="NextStep.Unit"/> by <see cref="NextStep.Date"/>.</summary>
    LogCredits,
    /// <summary>Renew from <see cref="NextStep.Date"/>, by <see cref="NextStep.Until"/>.</summary>
    RenewFrom,
    /// <summary>Renew before <see cref="NextStep.Date"/> (known to the day).</summary>
    RenewBefore,
    /// <summary>Renew by the end of <see cref="NextStep.Date"/> (known to the month or year).</summary>
    RenewByEndOf,
}

/// <summary>
/// What to do next for one credential, as data: <see cref="CredentialTracking.NextAction"/> is its English wording
/// (<see cref="Tracker.Describe"/>), and the site words it in the page's language from the same record.
/// </summary>
public sealed record NextStep(NextStepKind Kind)
{
    /// <summary>The day the step names, at <see cref="DatePrecision"/>.</summary>
    public DateOnly? Date { get; init; }
    public DatePrecision DatePrecision { get; init; } = DatePrecision.Day;
    /// <summary><see cref="NextStepKind.RenewFrom"/>: the expiry, at <see cref="UntilPrecision"/>.</summary>
    public DateOnly? Until { get; init; }
    public DatePrecision UntilPrecision { get; init; } = DatePrecision.Day;
    /// <summary><see cref="NextStepKind.LogCredits"/>: how many credits are missing, and their unit.</summary>
    public double Amount { get; init; }
    public string? Unit { get; init; }
    /// <summary>How the certifier renews, in the built-in table's English words ("retaking the exam"), when known.</summary>
    public string? RenewsBy { get; init; }

    /// <summary>The day the step is due: null for steps without a deadline.</summary>
    public DateOnly? Deadline => Kind is NextStepKind.LogCredits or NextStepKind.RenewFrom or NextStepKind.RenewBefore or NextStepKind.RenewByEndOf ? Date : null;
}
