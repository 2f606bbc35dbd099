using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Renewal;
using Certfolio.Core.Text;
using Certfolio.Core.Training;
using Certfolio.Core.Validation;

namespace Certfolio.Server.Building;

/// <summary>
/// A portfolio kept loaded between edits: each document's Parse → Bind → Validate result is cached, so an edit
/// re-reads only the changed documents and then re-runs the cheap cross-file rules. Produces the same
/// <see cref="Portfolio"/> as <see cref="PortfolioLoader.Load"/> would for the folder as it now is.
/// </summary>
public sealed class IncrementalPortfolio
{
    private readonly string _root;
    private readonly IFileSystem _fileSystem;
    private readonly PortfolioLoader _loader;
    private readonly SortedDictionary<string, Entry> _documents = new(StringComparer.Ordinal);
    private IReadOnlyList<Diagnostic> _configDiagnostics = [];
    private ValidationContext? _context;
    private PolicyResolver _policies = PolicyResolver.None;
    private TrainingLedger _ledger = TrainingLedger.Empty;
    private List<Diagnostic>? _sortedFrom;
    private IReadOnlyList<Diagnostic> _sorted = [];

    public IncrementalPortfolio(string root, IFileSystem? fileSystem = null)
    {
        _root = Path.GetFullPath(root);
        _fileSystem = fileSystem ?? PhysicalFileSystem.Instance;
        _loader = new PortfolioLoader(_fileSystem);
        Layout = PortfolioLayout.Discover(_root, PortfolioConfig.Default, _fileSystem);
    }

    /// <summary>Where the portfolio keeps things, as of the last <see cref="LoadAll"/>.</summary>
    public PortfolioLayout Layout { get; private set; }

    /// <summary>The latest result of <see cref="LoadAll"/> or <see cref="Update"/>.</summary>
    public Portfolio? Current { get; private set; }

    /// <summary>Reads the config and every document again.</summary>
    public Portfolio LoadAll()
    {
        var diagnostics = new DiagnosticBag();
        var config = _loader.ReadConfig(_root, diagnostics);
        var discovered = PortfolioLayout.Discover(_root, config, _fileSystem);
        Layout = PortfolioLoader.ConfineToRoot(discovered, config, _fileSystem, diagnostics);
        _context = new ValidationContext(Layout, config, new AssetResolver(Layout.AssetsDirectory, Layout.Root, _fileSystem));
        new AvatarRule().Validate(_context, diagnostics);
        // Read once per full load, as the loader does; a change in the training folder loads everything again.
        _policies = new PolicyResolver(config);
        _ledger = TrainingLedger.Read(Layout, config.Limits, _fileSystem);
        _documents.Clear();

        if (Layout.ContentDirectory is null && discovered.ContentDirectory is not null)
        {
            _configDiagnostics = diagnostics.Items;
            return Current = PortfolioLoader.WithTracking(new Portfolio(Layout, config, [], PortfolioLoader.Sort(_configDiagnostics), 0), _policies, _ledger);
        }
        if (Layout.ContentDirectory is null || !_fileSystem.DirectoryExists(Layout.ContentDirectory))
        {
            ContentFolderMissing.Report(config, diagnostics);
            _configDiagnostics = diagnostics.Items;
            return Current = PortfolioLoader.WithTracking(new Portfolio(Layout, config, [], PortfolioLoader.Sort(_configDiagnostics), 0), _policies, _ledger);
        }
        _configDiagnostics = diagnostics.Items;

        // As PortfolioLoader.Load does: enumeration entries say which files are links, unless the content folder
        // itself leads outside the portfolio, when every document gets the full check.
        var files = _loader.DocumentEntries(Layout.ContentDirectory).ToArray();
        var realContent = _fileSystem.RealPath(Layout.ContentDirectory);
        var realRoot = _context.Assets.RealPortfolioRoot;
        if (realContent != realRoot && !AssetResolver.IsInside(realContent, realRoot))
            files = files.Select(f => f with { IsSymbolicLink = true }).ToArray();
        var entries = new Entry[files.Length];
        Parallel.For(0, files.Length, i =>
        {
            var (document, credential, diagnostics) = _loader.LoadDocument(files[i], Layout, _context);
            entries[i] = new Entry(document, credential, diagnostics);
        });
        for (var i = 0; i < files.Length; i++) _documents[files[i].FullPath] = entries[i];
        return Current = Assemble();
    }

    /// <summary>True when <paramref name="path"/> is (or was) a document of the content folder.</summary>
    public bool IsDocument(string path) => PortfolioLoader.IsDocument(Layout, path);

    /// <summary>Re-reads the given documents (absolute paths); those that no longer exist leave the portfolio.</summary>
    public Portfolio Update(IEnumerable<string> documentFiles)
    {
        if (_context is null) return LoadAll();
        foreach (var file in documentFiles.Distinct(StringComparer.Ordinal))
        {
            if (_fileSystem.FileExists(file)) _documents[file] = Load(file);
            else _documents.Remove(file);
        }
        return Current = Assemble();
    }

    private Entry Load(string file)
    {
        var (document, credential, diagnostics) = _loader.LoadDocument(file, Layout, _context!);
        return new Entry(document, credential, diagnostics);
    }

    private Portfolio Assemble()
    {
        // One pass over the documents (serve assembles the portfolio again on every edit).
        var bound = new List<Credential>(_documents.Count);
        var complete = new List<Credential>(_documents.Count);
        var documents = new List<Document>(_documents.Count);
        var diagnostics = new List<Diagnostic>(_configDiagnostics);
        foreach (var entry in _documents.Values)
        {
            if (entry.Credential is { } credential)
            {
                if (entry.Document is { } document) documents.Add(document);
                bound.Add(credential);
                if (credential.IsComplete) complete.Add(credential);
            }
            if (entry.Diagnostics.Count > 0) diagnostics.AddRange(entry.Diagnostics);
        }
        // The rules across the portfolio each read every credential: run them side by side, their findings kept in rule order.
        var rules = Rules.AcrossPortfolio;
        var across = new DiagnosticBag[rules.Count];
        Parallel.For(0, rules.Count, i =>
        {
            across[i] = new DiagnosticBag();
            rules[i].Validate(bound, _context!, across[i]);
        });
        foreach (var bag in across) diagnostics.AddRange(bag.Items);
        // The ledger's appliesTo names are checked against the credentials as they now are (PortfolioLoader.WithTracking).
        var ledger = _ledger.CheckTargets(complete);
        diagnostics.AddRange(_policies.Diagnostics);
        diagnostics.AddRange(ledger.Diagnostics);
        // An edit rarely changes any diagnostic: the same ones in the same order sort to the same list as last time.
        if (_sortedFrom is null || !diagnostics.SequenceEqual(_sortedFrom))
        {
            _sortedFrom = diagnostics;
            _sorted = PortfolioLoader.Sort(diagnostics);
        }
        return new Portfolio(Layout, _context!.Config, complete.ToArray(), _sorted, _documents.Count)
        {
            Bodies = BodySource.Of(documents),
            Ledger = ledger,
            Policies = _policies,
        };
    }

    private sealed record Entry(Document? Document, Credential? Credential, IReadOnlyList<Diagnostic> Diagnostics);
}
