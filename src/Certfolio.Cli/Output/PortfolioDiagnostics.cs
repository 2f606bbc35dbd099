using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;

namespace Certfolio.Cli.Output;

/// <summary>Puts a portfolio's diagnostics in the user's frame: paths relative to the current folder, source lines for carets.</summary>
public sealed class PortfolioDiagnostics(Portfolio portfolio, IEnumerable<Diagnostic>? extra = null)
{
    private readonly Dictionary<string, SourceText> _sources = portfolio.Documents.ToDictionary(d => d.RelativePath, d => d.Source, StringComparer.Ordinal);

    public IReadOnlyList<Diagnostic> All { get; } = PortfolioLoader.Sort(portfolio.Diagnostics.Concat(extra ?? []));

    public IReadOnlyList<ShownDiagnostic> Shown(string currentDirectory) =>
        All.Select(d => new ShownDiagnostic(d, DisplayPath(d.Location.FilePath, currentDirectory))).ToArray();

    public string? SourceLine(ShownDiagnostic shown)
    {
        var location = shown.Diagnostic.Location;
        if (location.Line < 1) return null;
        if (!_sources.TryGetValue(location.FilePath, out var source))
        {
            source = TryRead(Path.Combine(portfolio.Layout.Root, location.FilePath));
            if (source is null) return null;
            _sources[location.FilePath] = source;
        }
        return location.Line <= source.LineCount ? source.GetLineText(location.Line) : null;
    }

    private string DisplayPath(string relativeToRoot, string currentDirectory) =>
        Path.GetRelativePath(currentDirectory, Path.Combine(portfolio.Layout.Root, relativeToRoot)).Replace('\\', '/');

    // Files that are not documents, and documents loaded without their texts (PortfolioLoader.KeepText) that only a
    // rule across the portfolio found fault with, are read again for the lines a report quotes, decoded as the loader
    // decodes them.
    private SourceText? TryRead(string path)
    {
        try
        {
            var limits = portfolio.Config.Limits;
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > limits.MaxDocumentBytes) return null;
            var text = SourceDecoder.Decode(File.ReadAllBytes(path), path, limits, new DiagnosticBag());
            return text is null ? null : new SourceText(text);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
