using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;

namespace Certfolio.Core.Status;

/// <summary>
/// Tracks a folder of portfolios, one per person: <c>people/&lt;name&gt;/…</c>. Each person's folder is discovered
/// with the rules of a single portfolio (<see cref="PortfolioLayout.Discover"/>); only the folders directly under
/// <c>people/</c> are listed, and no link out of the team folder is followed, so a person's folder holding a link to
/// <c>/</c> costs nothing.
/// </summary>
public static class TeamTracker
{
    public const string PeopleFolder = "people";

    /// <summary>The people of a team folder: the names of the folders under <c>people/</c>, in ordinal order.</summary>
    public static IReadOnlyList<string> People(string root, IFileSystem? fileSystem = null)
    {
        var fs = fileSystem ?? PhysicalFileSystem.Instance;
        var people = Path.Combine(Path.GetFullPath(root), PeopleFolder);
        if (!fs.DirectoryExists(people)) return [];
        return fs.EnumerateDirectories(people)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => name.Length > 0 && !name.StartsWith('.') && !name.StartsWith('_'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    public static TeamReport Track(string root, TimeProvider clock, TrackingOptions? options = null, IFileSystem? fileSystem = null)
    {
        options ??= TrackingOptions.Default;
        var fs = fileSystem ?? PhysicalFileSystem.Instance;
        var teamRoot = Path.GetFullPath(root);
        var realTeam = fs.RealPath(teamRoot);
        var loader = new PortfolioLoader(fileSystem) { Purpose = LoadPurpose.Report };
        var members = new List<TeamMember>();
        var problems = new DiagnosticBag();
        foreach (var name in People(root, fileSystem))
        {
            var folder = Path.Combine(teamRoot, PeopleFolder, name);
            var shown = $"{PeopleFolder}/{name}";
            if (OutsideOf(realTeam, folder, fs) is { } real)
            {
                problems.Add(Descriptors.TeamFolderOutside, SourceLocation.FileStart(shown), real);
                continue;
            }
            // The person's portfolio is found as a single one would be, and checked before it is walked.
            var config = loader.ReadConfig(folder, new DiagnosticBag());
            var layout = PortfolioLayout.Discover(folder, config, fs);
            if (layout.ContentDirectory is not { } content || !fs.DirectoryExists(content))
            {
                problems.Add(Descriptors.ContentFolderMissing, SourceLocation.FileStart(shown), config.Content ?? string.Join(", ", PortfolioLayout.ContentCandidates), ContentFolderMissing.SetContent);
            }
            else if (OutsideOf(realTeam, content, fs) is { } realContent)
            {
                var contentShown = $"{shown}/{layout.Relative(content)}";
                problems.Add(Descriptors.TeamFolderOutside, SourceLocation.FileStart(contentShown), realContent);
                continue;
            }
            members.Add(new TeamMember(name, Tracker.Track(loader.Load(folder), clock, options)));
        }
        return new TeamReport(StatusCalculator.Today(clock), members) { Problems = problems.Items };
    }

    /// <summary>The real path of <paramref name="path"/> when it leads out of the team folder, else null.</summary>
    private static string? OutsideOf(string realTeam, string path, IFileSystem fs)
    {
        var real = fs.RealPath(path);
        return real == realTeam || AssetResolver.IsInside(real, realTeam) ? null : real;
    }
}
