using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;

namespace Certfolio.Interop.Importing;

/// <summary>
/// Where in an input file something is: its <c>file:line:column</c>, for editors, and its path in the format's own
/// terms (<c>$.data[4]</c>, <c>row 3</c>, <c>item[2].title</c>), for people looking at a minified JSON or a spreadsheet.
/// </summary>
public sealed record InputPlace(SourceLocation Location, string Path)
{
    /// <summary>A diagnostic here: every import descriptor takes the path as its first argument.</summary>
    public Diagnostic Diagnostic(DiagnosticDescriptor descriptor, params object?[] args) =>
        Core.Diagnostics.Diagnostic.Create(descriptor, Location, [Path, .. args]);

    /// <summary>How an action line names the record: <c>Certifications.csv row 3</c>, <c>badges.json $.data[4]</c>.</summary>
    public override string ToString() => $"{Location.FilePath} {Path}";
}
