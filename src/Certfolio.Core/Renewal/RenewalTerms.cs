namespace Certfolio.Core.Renewal;

/// <summary>
/// Renewal rules as one source states them (a document's <c>renewal:</c> block, a provider's entry
/// under <c>policies:</c>, or a built-in row). Every field is optional: <see cref="Or"/> fills the
/// gaps of a more specific source from a more general one.
/// </summary>
public sealed record RenewalTerms
{
    /// <summary>Years from issue (or renewal) to expiry.</summary>
    public int? CycleYears { get; init; }
    /// <summary>How many days before expiry renewal opens.</summary>
    public int? WindowDays { get; init; }
    /// <summary>Continuing-education credits required per cycle.</summary>
    public double? Credits { get; init; }
    public string? CreditUnit { get; init; }
    /// <summary>How many credits one hour of training earns.</summary>
    public double? CreditsPerHour { get; init; }
    /// <summary>Credits required in each year of the cycle.</summary>
    public double? AnnualMinimum { get; init; }
    /// <summary>The certifier's renewal page.</summary>
    public string? Url { get; init; }
    /// <summary>False when the certifier's credentials never expire.</summary>
    public bool? Expires { get; init; }

    public static RenewalTerms Empty { get; } = new();

    /// <summary>This source's values, with the gaps filled from <paramref name="fallback"/>.</summary>
    public RenewalTerms Or(RenewalTerms? fallback) => fallback is null ? this : new RenewalTerms
    {
        CycleYears = CycleYears ?? fallback.CycleYears,
        WindowDays = WindowDays ?? fallback.WindowDays,
        Credits = Credits ?? fallback.Credits,
        CreditUnit = CreditUnit ?? fallback.CreditUnit,
        CreditsPerHour = CreditsPerHour ?? fallback.CreditsPerHour,
        AnnualMinimum = AnnualMinimum ?? fallback.AnnualMinimum,
        Url = Url ?? fallback.Url,
        Expires = Expires ?? fallback.Expires,
    };
}
