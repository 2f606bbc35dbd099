namespace Certfolio.Core.Renewal;

/// <summary>Where the rules of a credential's renewal came from.</summary>
[Flags]
public enum PolicySources
{
    None = 0,
    Document = 1,
    Config = 2,
    BuiltIn = 4,
}

/// <summary>
/// The renewal rules in force for one credential: the document's <c>renewal:</c> block, filled from the
/// provider's entry under <c>policies:</c> in certfolio.yaml, filled from the built-in table.
/// </summary>
public sealed record RenewalPolicy(RenewalTerms Terms, CertifierPolicy? Certifier, PolicySources Sources)
{
    public const int DefaultWindowDays = 90;
    public const string DefaultCreditUnit = "hours";

    public int WindowDays => Terms.WindowDays ?? DefaultWindowDays;
    public double CreditsPerHour => Terms.CreditsPerHour ?? 1;
    public string CreditUnit => Terms.CreditUnit ?? DefaultCreditUnit;
    /// <summary>Credits required per cycle, when any (zero counts as none).</summary>
    public double? RequiredCredits => Terms.Credits is > 0 ? Terms.Credits : null;
    public string? Url => Terms.Url;
}
