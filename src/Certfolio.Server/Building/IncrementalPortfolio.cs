using Certfolio.Core.Portfolios;

namespace Certfolio.Server.Building;

/// <summary>
/// A portfolio kept loaded between edits: a thin cache over one long-lived <see cref="PortfolioLoader"/>. The scope
/// (config, layout, policies, ledger) is opened once per full load; each document's Parse → Bind → Validate result is
/// kept, so an edit re-reads only the changed documents, and the loader's own Assemble runs the cross-file stage.
/// Produces the same <see cref="Portfolio"/> as <see cref="PortfolioLoader.Load"/> would for the folder as it now is.
/// </summary>
public sealed class IncrementalPortfolio
{
    private readonly string _root;
    private readonly IFileSystem _fileSystem;
    private readonly PortfolioLoader _loader;
    private readonly SortedDictionary<string, LoadedDocument> _documents = new(StringComparer.Ordinal);
    // An edit rarely changes any diagnostic: the loader sorts them again only when they changed.
    private readonly SortedDiagnostics _sorted = new();
    private PortfolioScope? _scope;

    public IncrementalPortfolio(string root, IFileSystem? fileSystem = null)
    {
        _root = Path.GetFullPath(root);
        _fileSystem = fileSystem ?? PhysicalFileSystem.Instance;
        _loader = new PortfolioLoader(_fileSystem) { Purpose = LoadPurpose.Build };
        Layout = PortfolioLayout.Discover(_root, PortfolioConfig.Default, _fileSystem);
    }

    /// <summary>Where the portfolio keeps things, as of the last <see cref="LoadAll"/>.</summary>
    public PortfolioLayout Layout { get; private set; }

    /// <summary>The latest result of <see cref="LoadAll"/> or <see cref="Update"/>.</summary>
    public Portfolio? Current { get; private set; }

    /// <summary>Opens the portfolio again (config, layout, policies, training ledger) and reads every document.</summary>
    public Portfolio LoadAll()
    {
        _scope = _loader.Open(_root);
        Layout = _scope.Layout;
        _documents.Clear();
        foreach (var document in _loader.LoadDocuments(_scope)) _documents[document.Path] = document;
        return Current = Assemble(_scope);
    }

    /// <summary>True when <paramref name="path"/> is (or was) a document of the content folder.</summary>
    public bool IsDocument(string path) => PortfolioLoader.IsDocument(Layout, path);

    /// <summary>Re-reads the given documents (absolute paths); those that no longer exist leave the portfolio.</summary>
    public Portfolio Update(IEnumerable<string> documentFiles)
    {
        if (_scope is not { ContentListable: true } scope) return LoadAll();
        foreach (var file in documentFiles.Distinct(StringComparer.Ordinal))
        {
            if (_fileSystem.FileExists(file)) _documents[file] = _loader.LoadDocument(scope, file);
            else _documents.Remove(file);
        }
        return Current = Assemble(scope);
    }

    private Portfolio Assemble(PortfolioScope scope) => _loader.Assemble(scope, _documents.Values.ToArray(), _sorted);
}
