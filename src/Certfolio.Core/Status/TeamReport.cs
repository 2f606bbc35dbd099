using Certfolio.Core.Model;

namespace Certfolio.Core.Status;

/// <summary>One person of a team: the folder name under <c>people/</c> and their tracked portfolio.</summary>
public sealed record TeamMember(string Name, TrackingReport Report);

/// <summary>A skill and the people holding a valid credential that lists it.</summary>
public sealed record SkillCoverage(string Skill, IReadOnlyList<string> People);

/// <summary>The roll-up of a team: who holds what, what expires soon, which skills are covered by how many.</summary>
public sealed record TeamReport(DateOnly Today, IReadOnlyList<TeamMember> Members)
{
    /// <summary>
    /// What was found where, beyond the members' own documents: a person's folder without a certifications folder
    /// (CF0202, at <c>people/&lt;name&gt;</c>), or one that leads out of the team folder and was not read (CF0310).
    /// </summary>
    public IReadOnlyList<Diagnostics.Diagnostic> Problems { get; init; } = [];

    /// <summary>Every credential of every member, by person then file.</summary>
    public IEnumerable<(TeamMember Member, CredentialTracking Entry)> Holdings =>
        Members.SelectMany(m => m.Report.Entries.Select(e => (m, e)));

    /// <summary>Every member's documents that did not load, by person then file: each needs attention.</summary>
    public IEnumerable<(TeamMember Member, InvalidTracking Invalid)> InvalidHoldings =>
        Members.SelectMany(m => m.Report.Invalid.Select(i => (m, i)));

    /// <summary>Credentials (not lapsing on purpose) whose expiry falls between today and <paramref name="days"/> from now, soonest first.</summary>
    public IReadOnlyList<(TeamMember Member, CredentialTracking Entry)> ExpiringWithin(int days) =>
        Holdings.Where(h => h.Entry.Renew && h.Entry.DaysLeft is { } left && left >= 0 && left <= days)
            .OrderBy(h => h.Entry.Expires).ThenBy(h => h.Member.Name, StringComparer.Ordinal)
            .ToArray();

    /// <summary>For each skill, the people holding an unexpired credential listing it; most covered first.</summary>
    public IReadOnlyList<SkillCoverage> Skills =>
        Holdings.Where(h => h.Entry.Status != CredentialStatus.Expired)
            .SelectMany(h => h.Entry.Credential.Skills.Select(s => (Skill: s.Trim(), h.Member.Name)))
            .GroupBy(x => x.Skill, StringComparer.OrdinalIgnoreCase)
            .Select(g => new SkillCoverage(g.First().Skill, g.Select(x => x.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray()))
            .OrderByDescending(s => s.People.Count).ThenBy(s => s.Skill, StringComparer.OrdinalIgnoreCase)
            .ToArray();
}
