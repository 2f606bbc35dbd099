namespace Certfolio.Core.Status;

public enum MilestoneKind
{
    Issued,
    RenewalOpens,
    /// <summary>The end of a cycle year with an annual minimum of credits.</summary>
    AnnualCredits,
    /// <summary>The day the cycle's credits are due (the expiry date).</summary>
    CreditsDue,
    Expiry,
}

/// <summary>
/// One dated step of a credential's renewal timeline, for the site's credential page and the calendar.
/// <see cref="Key"/> names the step independent of its date ("expiry", "annual-2"), so it can anchor stable ids.
/// </summary>
public sealed record Milestone(DateOnly Date, MilestoneKind Kind, string Key, string Label, bool IsPast)
{
    /// <summary>For <see cref="MilestoneKind.AnnualCredits"/>, the year of the cycle (1-based).</summary>
    public int? CycleYear { get; init; }
    /// <summary>How precisely <see cref="Date"/> is known: the issue date's and the expiry's precision, else a day.</summary>
    public Model.DatePrecision Precision { get; init; } = Model.DatePrecision.Day;
}
