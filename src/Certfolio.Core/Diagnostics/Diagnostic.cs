using System.Globalization;
using Certfolio.Core.Text;

namespace Certfolio.Core.Diagnostics;

/// <summary>One problem found in a portfolio. A value: collected, never thrown.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceLocation Location, string Message, Severity Severity)
{
    public string Id => Descriptor.Id;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
        new(descriptor, location, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args), descriptor.Severity);

    /// <summary>The compiler-style line: <c>file:line:col: error CF0104: message</c>.</summary>
    public override string ToString() =>
        $"{Location.Describe(Location.FilePath)}: {Name(Severity)} {Id}: {Message}";

    /// <summary>The word compilers print for a severity: <c>error</c>, <c>warning</c>, <c>info</c>.</summary>
    public static string Name(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Info => "info",
        _ => "warning",
    };
}
