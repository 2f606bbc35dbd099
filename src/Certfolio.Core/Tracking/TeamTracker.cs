using Certfolio.Core.Portfolios;

namespace Certfolio.Core.Tracking;

/// <summary>Tracks a folder of portfolios, one per person: <c>people/&lt;name&gt;/…</c>.</summary>
public static class TeamTracker
{
    public const string PeopleFolder = "people";

    /// <summary>The people of a team folder: the names of the folders under <c>people/</c>, in ordinal order.</summary>
    public static IReadOnlyList<string> People(string root, IFileSystem? fileSystem = null)
    {
        var fs = fileSystem ?? PhysicalFileSystem.Instance;
        var people = Path.Combine(Path.GetFullPath(root), PeopleFolder);
        if (!fs.DirectoryExists(people)) return [];
        return fs.EnumerateFiles(people)
            .Select(f => Path.GetRelativePath(people, f).Replace('\\', '/'))
            .Where(r => r.Contains('/'))
            .Select(r => r[..r.IndexOf('/')])
            .Where(name => !name.StartsWith('.') && !name.StartsWith('_'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    public static TeamReport Track(string root, TimeProvider clock, TrackingOptions? options = null, IFileSystem? fileSystem = null)
    {
        options ??= TrackingOptions.Default;
        var loader = new PortfolioLoader(fileSystem);
        var members = People(root, fileSystem)
            .Select(name => new TeamMember(name, Tracker.Track(loader.Load(Path.Combine(Path.GetFullPath(root), PeopleFolder, name)), clock,
                options with { Ledger = null, FileSystem = fileSystem })))
            .ToArray();
        return new TeamReport(StatusCalculator.Today(clock), members);
    }
}
