using Certfolio.Core.Model;
using Certfolio.Core.Renewal;
using Certfolio.Core.Text;

namespace Certfolio.Core.Training;

/// <summary>One continuing-education activity of the ledger: a Markdown file in <c>training/</c> or a CSV row.</summary>
public sealed record TrainingActivity
{
    public required string Title { get; init; }
    public required DateOnly Date { get; init; }
    public double? Hours { get; init; }
    public double? Credits { get; init; }
    /// <summary>The unit of <see cref="Credits"/> (CPE, CEU, PDU…).</summary>
    public string? Unit { get; init; }
    public string? Provider { get; init; }
    /// <summary>credentialIds, skills or credential slugs the activity counts toward.</summary>
    public IReadOnlyList<string> AppliesTo { get; init; } = [];
    /// <summary>A URL or an asset path proving the activity.</summary>
    public string? Evidence { get; init; }
    /// <summary>Where the record starts: the file, or the CSV row's line.</summary>
    public required SourceLocation Location { get; init; }
    /// <summary>Where each <see cref="AppliesTo"/> item is written, in the same order.</summary>
    public IReadOnlyList<SourceLocation> AppliesToLocations { get; init; } = [];

    /// <summary>True when this activity counts toward the credential (by credentialId, skill or slug, ignoring case).</summary>
    public bool AppliesToCredential(Credential credential) => AppliesTo.Any(target => Targets(target, credential));

    /// <summary>True when <paramref name="target"/> names the credential's credentialId, one of its skills, or its slug.</summary>
    public static bool Targets(string target, Credential credential) =>
        Same(target, credential.CredentialId) || Same(target, credential.Slug) || credential.Skills.Any(s => Same(target, s));

    /// <summary>
    /// The credits this activity earns under a policy: credits in the policy's unit count as given; otherwise
    /// hours count <see cref="RenewalPolicy.CreditsPerHour"/> each; credits in another unit count nothing.
    /// </summary>
    public double CreditsUnder(RenewalPolicy policy)
    {
        if (Credits is { } credits)
        {
            if (Unit is null || SameUnit(Unit, policy.CreditUnit)) return credits;
            if (SameUnit(Unit, "hours")) return credits * policy.CreditsPerHour;
        }
        return Hours is { } hours ? hours * policy.CreditsPerHour : 0;
    }

    internal static bool SameUnit(string a, string b) =>
        string.Equals(a.Trim().TrimEnd('s', 'S'), b.Trim().TrimEnd('s', 'S'), StringComparison.OrdinalIgnoreCase);

    private static bool Same(string target, string? value) =>
        value is not null && string.Equals(target.Trim(), value.Trim(), StringComparison.OrdinalIgnoreCase);
}
