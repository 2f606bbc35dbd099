using Certfolio.Core.Status;
using Certfolio.Core.Tests.Support;
using Certfolio.Core.Time;

namespace Certfolio.Core.Tests.Status;

public sealed class TeamDiscoveryTests
{
    private static readonly FixedClock Today = new(new DateOnly(2026, 12, 4));

    [Fact]
    public void A_person_without_a_certifications_folder_is_named_with_where_it_looked()
    {
        // Given a team where bob has notes but no certifications folder
        using var team = new TempPortfolio();
        team.Write("people/bob/notes/readme.md", "notes");
        team.Write("people/omar/certifications/cka.md", "---\ntitle: CKA\ndate: 2025-02-10\nprovider: CNCF\n---\n");

        // When the team is tracked
        var report = TeamTracker.Track(team.Root, Today);

        // Then bob is a member with nothing, and a CF0202 at his folder says where it looked
        Assert.Equal(["bob", "omar"], report.Members.Select(m => m.Name));
        var problem = Assert.Single(report.Problems);
        Assert.Equal(("CF0202", "people/bob"), (problem.Id, problem.Location.FilePath));
        Assert.Contains("certifications, content/certifications, src/content/certifications", problem.Message);
    }

    [Fact]
    public void Links_out_of_the_team_folder_are_not_followed()
    {
        // Given links to / in a person's folder, as a person's folder, and as a certifications folder
        using var team = new TempPortfolio();
        team.Write("people/bob/notes/readme.md", "notes");
        team.Write("people/mal/readme.md", "mal");
        File.CreateSymbolicLink(Path.Combine(team.Root, "people/bob/root"), "/");
        File.CreateSymbolicLink(Path.Combine(team.Root, "people/eve"), "/");
        Directory.CreateSymbolicLink(Path.Combine(team.Root, "people/mal/certifications"), "/");

        // When the team is tracked
        var report = TeamTracker.Track(team.Root, Today);

        // Then the people listed are the folders directly under people/, and both links out are named, not read
        Assert.Equal(["bob"], report.Members.Select(m => m.Name));
        Assert.Equal([("CF0202", "people/bob"), ("CF0310", "people/eve"), ("CF0310", "people/mal/certifications")],
            report.Problems.Select(p => (p.Id, p.Location.FilePath)).Order());
    }
}
