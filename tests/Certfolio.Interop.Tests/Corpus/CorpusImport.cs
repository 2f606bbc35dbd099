using Certfolio.Core.Diagnostics;
using Certfolio.Interop.Importing;
using Certfolio.Interop.Tests.Support;

namespace Certfolio.Interop.Tests.Corpus;

/// <summary>One corpus import into an empty portfolio: the report, the documents it wrote, and what check says of them.</summary>
public sealed record CorpusImport(ImportReport Report, IReadOnlyList<CorpusDocument> Documents, IReadOnlyList<Diagnostic> CheckErrors)
{
    /// <summary>Everything <c>check</c> says of the imported documents, infos included (CF0307: no renewal rule for a known title).</summary>
    public IReadOnlyList<Diagnostic> Check { get; init; } = [];

    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "Corpus", relative);

    /// <summary>The file read as <c>import</c> reads it (<see cref="ImportFiles"/>: its bytes, a byte order mark kept), not as File.ReadAllText, which drops the mark.</summary>
    public static ImportInput Input(string relative) =>
        ImportFiles.Read(PathOf(relative), out var problem) ?? throw new InvalidOperationException($"{relative}: {problem}");

    public static CorpusImport Run(IImporter importer, ImportOptions options, params string[] files)
    {
        using var folder = new TempPortfolio();
        var report = new ImportService().Run(folder.Root, importer, files.Select(Input).ToArray(), options);
        var portfolio = folder.Load();
        var documents = portfolio.Credentials.Select(CorpusDocument.Of).OrderBy(d => d.Title, StringComparer.Ordinal).ToArray();
        return new CorpusImport(report, documents, portfolio.Diagnostics.Where(d => d.Severity == Severity.Error).ToArray()) { Check = portfolio.Diagnostics };
    }

    public static CorpusImport Run(IImporter importer, params string[] files) => Run(importer, new ImportOptions(), files);

    /// <summary>The documents, in title order, must be exactly these.</summary>
    public void Holds(params CorpusDocument[] expected) =>
        Assert.Equal(expected.OrderBy(d => d.Title, StringComparer.Ordinal).ToArray(), Documents);
}
