using System.Globalization;
using System.Text;

namespace Certfolio.Site.Templates;

/// <summary>
/// The writer a page renders into, carrying that render's <see cref="FragmentSplicer"/>. Fluid hands a value the
/// writer it prints to but not the template context, so the writer is where per-render state reaches
/// <see cref="FragmentsValue"/>: the splicer belongs to the render, not to the thread it happens to run on.
/// </summary>
internal sealed class SplicingWriter(StringBuilder buffer, FragmentSplicer splicer) : StringWriter(buffer, CultureInfo.InvariantCulture)
{
    public FragmentSplicer Splicer => splicer;
}
