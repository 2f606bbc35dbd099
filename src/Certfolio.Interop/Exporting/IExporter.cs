using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;

namespace Certfolio.Interop.Exporting;

/// <summary>Writes a portfolio in one foreign format. One implementation per format folder.</summary>
public interface IExporter : IFormat
{
    /// <summary>True when the export is a folder of files (one per credential) rather than one file.</summary>
    bool WritesFolder => false;

    /// <summary>True when the export can replace its part of an existing file (<c>--into resume.json</c>, <see cref="ExportOptions.MergeInto"/>).</summary>
    bool MergesInto => false;

    /// <summary>
    /// Whether <paramref name="existing"/> is a file this exporter wrote, so <c>-o</c> may replace it without <c>--force</c>;
    /// <paramref name="replacement"/> is the file about to take its place. See <see cref="CertfolioOutputs"/>.
    /// </summary>
    bool IsOwnOutput(string existing, string replacement);

    ExportResult Export(Portfolio portfolio, ExportOptions options);
}

/// <summary>What an export may depend on besides the portfolio: the day (for statuses) and an existing file to merge into.</summary>
public sealed record ExportOptions(DateOnly Today)
{
    /// <summary>An existing file to merge into (<c>--into resume.json</c>), or null.</summary>
    public MergeTarget? MergeInto { get; init; }
}

/// <summary>A file to merge into: its name as diagnostics show it, and its text.</summary>
public sealed record MergeTarget(string Name, string Text);

/// <summary>One output file: its name (inside the output folder, or the default file name) and its content.</summary>
public sealed record ExportFile(string Name, string Content);

/// <summary>The files of an export, and a diagnostic for everything the format could not hold.</summary>
public sealed record ExportResult(IReadOnlyList<ExportFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the export could not be made (an unreadable <c>--into</c> file, CF0805); then there are no files.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}
