using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;

namespace Certfolio.Cli.Output;

/// <summary>Puts a portfolio's diagnostics in the user's frame: paths relative to the current folder, source lines for carets.</summary>
public sealed class PortfolioDiagnostics(Portfolio portfolio)
{
    private readonly Dictionary<string, SourceText?> _sources = Captured(portfolio);
    private readonly PortfolioFileGate _gate = new(portfolio.Layout.Root);

    // The texts the loader already read: a report quotes those, and reads nothing the loader did not.
    private static Dictionary<string, SourceText?> Captured(Portfolio portfolio)
    {
        var sources = portfolio.Documents.ToDictionary(d => d.RelativePath, d => (SourceText?)d.Source, StringComparer.Ordinal);
        // certfolio.yaml quotes only the text the loader read through the gate; none when it was refused.
        sources[ConfigReader.FileName] = portfolio.ConfigText;
        return sources;
    }

    /// <summary>Every diagnostic of the portfolio, the training ledger's and the renewal policies' included, sorted by the loader.</summary>
    public IReadOnlyList<Diagnostic> All => portfolio.Diagnostics;

    public IReadOnlyList<ShownDiagnostic> Shown(string currentDirectory) =>
        All.Select(d => new ShownDiagnostic(d, DisplayPath(d.Location.FilePath, currentDirectory))).ToArray();

    public string? SourceLine(ShownDiagnostic shown)
    {
        var location = shown.Diagnostic.Location;
        if (location.Line < 1) return null;
        if (!_sources.TryGetValue(location.FilePath, out var source))
        {
            source = TryRead(location.FilePath);
            _sources[location.FilePath] = source;
        }
        if (source is null) return null;
        return location.Line <= source.LineCount ? source.GetLineText(location.Line) : null;
    }

    private string DisplayPath(string relativeToRoot, string currentDirectory) =>
        Path.GetRelativePath(currentDirectory, Path.Combine(portfolio.Layout.Root, relativeToRoot)).Replace('\\', '/');

    // Files that are not documents (the training ledger's), and documents loaded without their texts
    // (PortfolioLoader.KeepText) that only a rule across the portfolio found fault with, are read again for the lines
    // a report quotes, through the loader's own gate and decoded as the loader decodes them: a file the loader refused
    // (outside the portfolio, a pipe, a device, too large) is refused again, and nothing of it is quoted.
    private SourceText? TryRead(string relativePath)
    {
        try
        {
            var limits = portfolio.Config.Limits;
            var refusals = new DiagnosticBag();
            if (_gate.Admit(Path.Combine(portfolio.Layout.Root, relativePath), limits.MaxDocumentBytes, relativePath, refusals) is not { } admitted
                || _gate.ReadAll(admitted, relativePath, refusals) is not { } bytes)
                return null;
            var text = SourceDecoder.Decode(bytes, relativePath, limits, new DiagnosticBag());
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
