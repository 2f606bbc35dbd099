using System.Globalization;
using Certfolio.Core.Text;

namespace Certfolio.Core.Diagnostics;

/// <summary>One problem found in a portfolio. A value: collected, never thrown.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceLocation Location, string Message, Severity Severity)
{
    /// <summary>The longest source line a diagnostic quotes; a longer line is not quoted (a minified line says little).</summary>
    public const int MaxQuoteLength = 200;

    public string Id => Descriptor.Id;

    /// <summary>
    /// The source line <see cref="Location"/> points at, captured from the text in hand when the diagnostic was made, so
    /// no report reads a file again; null when there is none (a folder, a file not read, a line over <see cref="MaxQuoteLength"/>).
    /// Raw text from the user's file: printers escape it.
    /// </summary>
    public string? Quote { get; init; }

    /// <summary>This diagnostic with its line quoted from <paramref name="text"/>, the text of its file.</summary>
    public Diagnostic QuotedFrom(SourceText text) =>
        Quote is not null || Location.Line < 1 ? this : this with { Quote = text.Quote(Location.Line) };

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
