using Certfolio.Interop.Csv;
using Certfolio.Interop.JsonResume;
using Certfolio.Interop.LinkedIn;
using Certfolio.Interop.OpenBadges;
using Certfolio.Interop.SchemaOrg;

namespace Certfolio.Interop.Exporting;

/// <summary>The one place exporters are registered, by their <c>--to</c> name.</summary>
public static class Exporters
{
    public static IReadOnlyList<IExporter> All { get; } =
    [
        new JsonResumeExporter(),
        new OpenBadgesExporter(),
        new JsonLdExporter(),
        new CsvExporter(),
        new LinkedInLinksExporter(),
    ];

    public static IExporter? Find(string format) =>
        All.FirstOrDefault(e => string.Equals(e.Format, format, StringComparison.OrdinalIgnoreCase));

    public static string Names => string.Join(", ", All.Select(e => e.Format));
}
