using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;

namespace Certfolio.Core.Training;

/// <summary>
/// The continuing-education ledger: every activity of the training folder (<c>training/</c>, or
/// <c>training:</c> in certfolio.yaml), read from Markdown files and <c>*.csv</c> files, with the problems found.
/// </summary>
public sealed record TrainingLedger(IReadOnlyList<TrainingActivity> Activities, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static TrainingLedger Empty { get; } = new([], []);

    /// <summary>
    /// The texts of the files whose activities name appliesTo targets, by path: <see cref="CheckTargets"/> reports a
    /// target only once the credentials are known, and quotes its line from here. A ledger is a few small files.
    /// </summary>
    private IReadOnlyDictionary<string, SourceText> TargetTexts { get; init; } = new Dictionary<string, SourceText>();

    /// <summary>
    /// Reads the training folder of a portfolio (the loader does, once, for every command: <see cref="Portfolio.Ledger"/>).
    /// Markdown files go through the same <see cref="DocumentParser"/> and limits as certifications. The appliesTo targets
    /// are checked once the credentials are known (<see cref="CheckTargets"/>).
    /// </summary>
    public static TrainingLedger Read(PortfolioLayout layout, DocumentLimits limits, IFileSystem fs)
    {
        var directory = layout.TrainingDirectory;
        if (!fs.DirectoryExists(directory)) return Empty;
        // A training folder outside the portfolio (CF0203, CF0207 when the portfolio was loaded) is never listed.
        var gate = new PortfolioFileGate(layout.Root, fs);
        if (!PortfolioLoader.IsInside(gate, directory, out _)) return Empty;

        var assets = new AssetResolver(layout.AssetsDirectory, layout.Root, fs);
        var diagnostics = new DiagnosticBag();
        var activities = new List<TrainingActivity>();
        var targetTexts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var files = fs.EnumerateFiles(directory)
            .Where(f => !Path.GetFileName(f).StartsWith('_'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var extension = Path.GetExtension(file);
            var isMarkdown = PortfolioLoader.DocumentExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
            var isCsv = string.Equals(extension, ".csv", StringComparison.OrdinalIgnoreCase);
            if (!isMarkdown && !isCsv) continue;
            var (loaded, text) = LoadFile(file, isCsv, layout, limits, assets, gate, diagnostics);
            activities.AddRange(loaded);
            if (text is not null && loaded.Any(a => a.AppliesTo.Count > 0)) targetTexts[layout.Relative(file)] = text;
        }
        var sorted = activities.OrderBy(a => a.Date).ThenBy(a => a.Location.FilePath, StringComparer.Ordinal).ThenBy(a => a.Location.Line).ToArray();
        return new TrainingLedger(sorted, PortfolioLoader.Sort(diagnostics.Items)) { TargetTexts = targetTexts };
    }

    /// <summary>This ledger with every appliesTo target that names none of <paramref name="credentials"/> reported (CF0305).</summary>
    public TrainingLedger CheckTargets(IReadOnlyList<Credential> credentials)
    {
        if (Activities.Count == 0) return this;
        var diagnostics = new DiagnosticBag();
        foreach (var activity in Activities)
        {
            for (var i = 0; i < activity.AppliesTo.Count; i++)
            {
                var target = activity.AppliesTo[i];
                if (credentials.Any(c => TrainingActivity.Targets(target, c))) continue;
                var location = i < activity.AppliesToLocations.Count ? activity.AppliesToLocations[i] : activity.Location;
                var problem = Diagnostic.Create(Descriptors.TrainingAppliesToNothing, location, target);
                diagnostics.Add(TargetTexts.TryGetValue(location.FilePath, out var text) ? problem.QuotedFrom(text) : problem);
            }
        }
        return diagnostics.Items.Count == 0 ? this : this with { Diagnostics = PortfolioLoader.Sort(Diagnostics.Concat(diagnostics.Items)) };
    }

    /// <summary>One file's activities, with the text they were read from (null when none was); its diagnostics quote that text.</summary>
    private static (IReadOnlyList<TrainingActivity> Activities, SourceText? Text) LoadFile(string file, bool isCsv, PortfolioLayout layout, DocumentLimits limits,
        AssetResolver assets, PortfolioFileGate gate, DiagnosticBag diagnostics)
    {
        var relative = layout.Relative(file);
        try
        {
            // Outside the portfolio, not a regular file, too large: refused before a byte is read.
            if (gate.Admit(file, limits.MaxDocumentBytes, relative, diagnostics) is not { } admitted
                || gate.ReadAll(admitted, relative, diagnostics) is not { } bytes)
                return ([], null);
            if (isCsv)
            {
                var text = SourceDecoder.Decode(bytes, relative, limits, diagnostics);
                if (text is null) return ([], null);
                var source = new SourceText(text);
                var rows = TrainingCsvReader.Read(text, file, relative, assets, diagnostics);
                diagnostics.QuoteFrom(relative, source);
                return (rows, source);
            }
            var document = DocumentParser.Parse(file, relative, bytes, limits, diagnostics);
            if (document is null) return ([], null);
            var activity = TrainingDocumentBinder.Bind(document, assets, diagnostics);
            diagnostics.QuoteFrom(relative, document.Source);
            return (activity is null ? [] : [activity], document.Source);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Descriptors.Unreadable, SourceLocation.FileStart(relative), e.Message);
            return ([], null);
        }
    }
}
