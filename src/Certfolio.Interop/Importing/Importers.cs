using Certfolio.Interop.Credly;
using Certfolio.Interop.HugoAcademic;
using Certfolio.Interop.JsonResume;
using Certfolio.Interop.LinkedIn;
using Certfolio.Interop.OpenBadges;

namespace Certfolio.Interop.Importing;

/// <summary>The one place importers are registered, by their <c>--from</c> name.</summary>
public static class Importers
{
    public static IReadOnlyList<IImporter> All { get; } =
    [
        new LinkedInCsvImporter(),
        new CredlyImporter(),
        new JsonResumeImporter(),
        new OpenBadgesImporter(),
        new HugoAcademicImporter(),
    ];

    public static IImporter? Find(string format) =>
        All.FirstOrDefault(i => string.Equals(i.Format, format, StringComparison.OrdinalIgnoreCase));

    public static string Names => string.Join(", ", All.Select(i => i.Format));
}
