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
        var files = fs.EnumerateFiles(directory)
            .Where(f => !Path.GetFileName(f).StartsWith('_'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var extension = Path.GetExtension(file);
            var isMarkdown = PortfolioLoader.DocumentExtensions.Contains(extension, StringComparer.OrdinalIgnoreCase);
            var isCsv = string.Equals(extension, ".csv", StringComparison.OrdinalIgnoreCase);
            if (!isMarkdown && !isCsv) continue;
            activities.AddRange(LoadFile(file, isCsv, layout, limits, assets, gate, diagnostics));
        }
        var sorted = activities.OrderBy(a => a.Date).ThenBy(a => a.Location.FilePath, StringComparer.Ordinal).ThenBy(a => a.Location.Line).ToArray();
        return new TrainingLedger(sorted, PortfolioLoader.Sort(diagnostics.Items));
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
                diagnostics.Add(Descriptors.TrainingAppliesToNothing, location, target);
            }
        }
        return diagnostics.Items.Count == 0 ? this : this with { Diagnostics = PortfolioLoader.Sort(Diagnostics.Concat(diagnostics.Items)) };
    }

    private static IEnumerable<TrainingActivity> LoadFile(string file, bool isCsv, PortfolioLayout layout, DocumentLimits limits, AssetResolver assets,
        PortfolioFileGate gate, DiagnosticBag diagnostics)
    {
        var relative = layout.Relative(file);
        try
        {
            // Outside the portfolio, not a regular file, too large: refused before a byte is read.
            if (gate.Admit(file, limits.MaxDocumentBytes, relative, diagnostics) is not { } admitted
                || gate.ReadAll(admitted, relative, diagnostics) is not { } bytes)
                return [];
            if (isCsv)
            {
                var text = SourceDecoder.Decode(bytes, relative, limits, diagnostics);
                return text is null ? [] : TrainingCsvReader.Read(text, file, relative, assets, diagnostics);
            }
            var document = DocumentParser.Parse(file, relative, bytes, limits, diagnostics);
            return document is not null && TrainingDocumentBinder.Bind(document, assets, diagnostics) is { } activity ? [activity] : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Descriptors.Unreadable, SourceLocation.FileStart(relative), e.Message);
            return [];
        }
    }
}
