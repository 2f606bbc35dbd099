using System.Text.RegularExpressions;
using Certfolio.Core.Model;

namespace Certfolio.Core.Renewal;

/// <summary>
/// One row of the built-in table: a certifier's published renewal policy, with its public source. Data, not a
/// validation rule: <see cref="ExpiryMatchesCertifierRule"/> and <see cref="CreditsMatchCertifierRule"/> check documents against it.
/// </summary>
public sealed record CertifierPolicy
{
    public required string Id { get; init; }
    /// <summary>The certifier (and kind of credential) in words: "Microsoft role-based".</summary>
    public required string Certifier { get; init; }
    public required IReadOnlyList<string> Providers
    {
        get;
        init
        {
            field = value;
            ProviderKeys = value.SelectMany(ProviderName.Keys).Distinct(StringComparer.Ordinal).ToArray();
        }
    }

    /// <summary>The <see cref="ProviderName"/> keys of <see cref="Providers"/>, computed once.</summary>
    public IReadOnlyList<string> ProviderKeys { get; private init; } = [];
    /// <summary>Case-insensitive patterns of which the title must match one; empty matches every title.</summary>
    public IReadOnlyList<Regex> Titles { get; init; } = [];
    /// <summary>
    /// Case-insensitive patterns of titles that name this certifier's credential whatever the provider says ("PMP",
    /// "CISSP", "AZ-104"): a title matching one under another provider gets CF0307 rather than silently no rule.
    /// </summary>
    public IReadOnlyList<Regex> KnownTitles { get; init; } = [];
    /// <summary>First issue date the row applies to (inclusive).</summary>
    public DateOnly? IssuedFrom { get; init; }
    /// <summary>Issue date from which the row no longer applies (exclusive).</summary>
    public DateOnly? IssuedBefore { get; init; }
    public RenewalTerms Terms { get; init; } = RenewalTerms.Empty;
    /// <summary>False when the certifier renews by exam or assessment only and takes no credits.</summary>
    public bool AcceptsCredits { get; init; }
    /// <summary>How renewal happens, in words, for messages.</summary>
    public required string RenewsBy { get; init; }
    /// <summary>The public page the row was taken from.</summary>
    public required string Source { get; init; }

    public bool MatchesProvider(string provider)
    {
        var keys = ProviderName.Keys(provider);
        return ProviderKeys.Any(keys.Contains);
    }

    public bool Matches(Credential credential) =>
        MatchesProvider(credential.Provider)
        && (Titles.Count == 0 || Titles.Any(t => t.IsMatch(credential.Title)))
        && (IssuedFrom is not { } from || credential.Issued >= from)
        && (IssuedBefore is not { } before || credential.Issued < before);

    /// <summary>The validity in words: "3 years", "1 year", "no fixed period".</summary>
    public string ValidityText => Terms.CycleYears is { } years ? Years(years) : "no fixed period";

    internal static string Years(int years) => years == 1 ? "1 year" : $"{years} years";
}
