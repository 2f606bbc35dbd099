using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;
using Certfolio.Core.Text;
using Certfolio.Core.Validation;

namespace Certfolio.Core.Portfolios;

/// <summary>
/// The rules across the portfolio (<see cref="Rules.AcrossPortfolio"/>), run once every document is validated, with
/// the lines their findings quote.
/// </summary>
internal static class CrossFileRules
{
    /// <summary>The findings of every rule across <paramref name="bound"/>, in rule order, each quoting its line.</summary>
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<Credential> bound, IReadOnlyList<LoadedDocument> documents, PortfolioScope scope)
    {
        // Each rule reads every credential: they run side by side (serve runs them on each edit), their findings kept in rule order.
        var rules = Rules.AcrossPortfolio;
        var found = new DiagnosticBag[rules.Count];
        Parallel.For(0, rules.Count, i =>
        {
            found[i] = new DiagnosticBag();
            try
            {
                rules[i].Validate(bound, scope.Context, found[i]);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A cross-file rule that fails is reported at the content folder; every document's own checks stand.
                var content = scope.Layout.ContentDirectory is { } folder ? scope.Layout.Relative(folder) : "";
                found[i].Add(Descriptors.InternalProblem, SourceLocation.FileStart(content), $"{rules[i].GetType().Name}: {e.GetType().Name}");
            }
        });
        var diagnostics = new DiagnosticBag();
        foreach (var bag in found) diagnostics.AddRange(bag.Items);
        Quote(diagnostics, documents, scope);
        return diagnostics.Items;
    }

    /// <summary>
    /// Quotes the lines the rules point at: from a text the load kept, else (a report keeps none) by reading those few
    /// files again through the loader's gate, so a portfolio without a clash reads nothing twice.
    /// </summary>
    private static void Quote(DiagnosticBag diagnostics, IReadOnlyList<LoadedDocument> documents, PortfolioScope scope)
    {
        if (diagnostics.Items.Count == 0) return;
        foreach (var file in diagnostics.Items.Where(d => d.Quote is null && d.Location.Line > 0).Select(d => d.Location.FilePath).Distinct(StringComparer.Ordinal).ToArray())
        {
            var kept = documents.FirstOrDefault(r => r.Document is { } d && string.Equals(d.RelativePath, file, StringComparison.Ordinal))?.Document?.Source;
            diagnostics.QuoteFrom(file, kept ?? ReadAgain(file, scope));
        }
    }

    private static SourceText? ReadAgain(string relativePath, PortfolioScope scope)
    {
        try
        {
            var limits = scope.Config.Limits;
            var gate = scope.Context.Assets.Gate;
            var refusals = new DiagnosticBag();
            if (gate.Admit(Path.Combine(scope.Layout.Root, relativePath), limits.MaxDocumentBytes, relativePath, refusals) is not { } admitted
                || gate.ReadAll(admitted, relativePath, refusals) is not { } bytes)
                return null;
            var text = SourceDecoder.Decode(bytes, relativePath, limits, refusals);
            return text is null ? null : new SourceText(text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
