using Certfolio.Interop.Credly;
using Certfolio.Interop.Csv;
using Certfolio.Interop.Exporting;
using Certfolio.Interop.HugoAcademic;
using Certfolio.Interop.Importing;
using Certfolio.Interop.JsonResume;
using Certfolio.Interop.LinkedIn;
using Certfolio.Interop.OpenBadges;
using Certfolio.Interop.SchemaOrg;

namespace Certfolio.Interop;

/// <summary>
/// The one place import and export formats are registered: a new format is its folder and one line here. The CLI
/// takes the help of <c>import --from</c> and <c>export --to</c>, their validation and "did you mean" from these lists.
/// </summary>
public static class Formats
{
    public static FormatCatalog<IImporter> Importers { get; } = new(
    [
        new LinkedInCsvImporter(),
        new CredlyImporter(),
        new JsonResumeImporter(),
        new OpenBadgesImporter(),
        new HugoAcademicImporter(),
    ]);

    public static FormatCatalog<IExporter> Exporters { get; } = new(
    [
        new JsonResumeExporter(),
        new OpenBadgesExporter(),
        new JsonLdExporter(),
        new CsvExporter(),
        new LinkedInLinksExporter(),
    ]);
}
