using Certfolio.Core.Model;
using Certfolio.Core.Renewal;

namespace Certfolio.Core.Status;

/// <summary>Where one credential stands on a given day: status, dates, credits and what to do next.</summary>
public sealed record CredentialTracking
{
    public required Credential Credential { get; init; }
    /// <summary>The renewal rules in force, or null when neither document, config nor built-in table has any.</summary>
    public RenewalPolicy? Policy { get; init; }
    public required CredentialStatus Status { get; init; }
    /// <summary>
    /// The last valid day: the document's expiry (to the end of its month for an expiry known to the month), or issue
    /// date plus the policy's cycle when the document gives none.
    /// </summary>
    public DateOnly? Expires { get; init; }
    /// <summary>How precisely <see cref="Expires"/> is known: show a month-precise expiry as a month (<see cref="DateText"/>).</summary>
    public DatePrecision ExpiresPrecision { get; init; } = DatePrecision.Day;
    /// <summary>True when <see cref="Expires"/> was derived from the policy, not written in the document.</summary>
    public bool ExpiryFromPolicy { get; init; }
    /// <summary>The day renewal opens (expiry minus the policy's window), when a policy is known.</summary>
    public DateOnly? RenewalOpens { get; init; }
    /// <summary>Whole days from today to the expiry date, negative once expired.</summary>
    public int? DaysLeft { get; init; }
    /// <summary>First day of the current cycle, whose credits count.</summary>
    public DateOnly? CycleStart { get; init; }
    public CreditProgress? Credits { get; init; }
    /// <summary>The cycle's years when the policy has an annual minimum.</summary>
    public IReadOnlyList<CycleYearProgress> Years { get; init; } = [];
    /// <summary>What to do next, as data (<see cref="NextAction"/> is its English wording).</summary>
    public NextStep Next { get; init; } = new(NextStepKind.Nothing);
    /// <summary>What to do next, in words: "Log 22 more hours by 15.08.2027".</summary>
    public required string NextAction { get; init; }
    /// <summary>The date <see cref="NextAction"/> is due, if any.</summary>
    public DateOnly? NextDeadline { get; init; }

    /// <summary>
    /// The renewal timeline in date order: issued, renewal opens, each cycle year's credit deadline, credits due,
    /// expiry. Renewal and credit steps are left out for <c>renew: false</c>.
    /// </summary>
    public IReadOnlyList<Milestone> Milestones(DateOnly today)
    {
        var steps = new List<Milestone> { new(Credential.Issued, MilestoneKind.Issued, "issued", "Issued", Credential.Issued <= today) { Precision = Credential.DatePrecision } };
        if (Expires is { } expires)
        {
            if (Renew)
            {
                if (RenewalOpens is { } opens) steps.Add(new(opens, MilestoneKind.RenewalOpens, "renewal-opens", "Renewal opens", opens <= today));
                var unit = Policy?.CreditUnit ?? RenewalPolicy.DefaultCreditUnit;
                foreach (var year in Years)
                    steps.Add(new(year.End, MilestoneKind.AnnualCredits, $"annual-{year.Number}", $"{Tracker.Amount(year.Required)} {unit} for year {year.Number} of the cycle", year.End < today) { CycleYear = year.Number });
                if (Credits is { } credits) steps.Add(new(credits.Due, MilestoneKind.CreditsDue, "credits-due", $"{Tracker.Amount(credits.Required)} {credits.Unit} due", credits.Due < today) { Precision = credits.DuePrecision });
            }
            steps.Add(new(expires, MilestoneKind.Expiry, "expiry", Status == Model.CredentialStatus.Expired ? "Expired" : "Expires", expires < today) { Precision = ExpiresPrecision });
        }
        return steps.OrderBy(m => m.Date).ThenBy(m => m.Kind).ToArray();
    }

    /// <summary>False when the owner lets the credential lapse on purpose (<c>renew: false</c>).</summary>
    public bool Renew => Credential.Renew;

    /// <summary>
    /// True when the credential is expired, expires within <paramref name="days"/>, or misses a credit target
    /// (total or annual) due within <paramref name="days"/> or already passed. Never for <c>renew: false</c>.
    /// </summary>
    public bool NeedsAttention(int days, DateOnly today)
    {
        if (!Renew || Expires is null) return false;
        if (Status == CredentialStatus.Expired || DaysLeft <= days) return true;
        if (Credits is { IsMet: false } credits && credits.Due.DayNumber - today.DayNumber <= days) return true;
        foreach (var year in Years)
        {
            if (year.IsMissed(today)) return true;
            if (year.Contains(today) && !year.IsMet && year.End.DayNumber - today.DayNumber <= days) return true;
        }
        return false;
    }
}
