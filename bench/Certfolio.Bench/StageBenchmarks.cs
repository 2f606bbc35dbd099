using System.Text;
using BenchmarkDotNet.Attributes;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Binding;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Validation;
using Certfolio.Site;
using Certfolio.Site.Markdown;
using Certfolio.Site.Pages;
using Certfolio.Site.Publishing;
using Certfolio.Site.Stages;
using Certfolio.Site.Templates;

namespace Certfolio.Bench;

/// <summary>
/// One benchmark per build stage over a small generated corpus, so a regression shows where it happened. Each
/// stage runs single-threaded on inputs the previous stage produced in setup (the builder parallelises across
/// documents; these measure the work per document). Divide by <see cref="Documents"/> for the cost of one.
/// </summary>
[BenchmarkCategory("stages")]
public class StageBenchmarks
{
    [Params(200)]
    public int Documents { get; set; }

    private string _root = "";
    private Portfolio _portfolio = null!;
    private ValidationContext _context = null!;
    private (string File, string Relative, byte[] Bytes)[] _files = [];
    private Credential[] _credentials = [];
    private BodyRenderer _bodies = null!;
    private SiteBuilder _builder = null!;
    private SiteOptions _options = null!;
    private SiteModel _build = null!;
    private PageRenderer _renderer = null!;
    private CredentialRender[] _renders = [];
    private (PageView Page, CredentialView Full)[] _pageViews = [];
    private (string Path, byte[] Bytes)[] _pages = [];
    private string _publishRoot = "";
    private int _publishRun;

    [GlobalSetup]
    public void Setup()
    {
        _root = Corpus.Folder(Documents);
        var loader = new PortfolioLoader { Purpose = LoadPurpose.Patch };
        _portfolio = loader.Load(_root);
        if (_portfolio.HasErrors) throw new InvalidOperationException($"the corpus has errors: {_portfolio.Diagnostics[0]}");
        var layout = _portfolio.Layout;
        _context = new ValidationContext(layout, _portfolio.Config, new AssetResolver(layout.AssetsDirectory, layout.Root, PhysicalFileSystem.Instance));
        _files = loader.DocumentFiles(layout.ContentDirectory!).Select(f => (f, layout.Relative(f), File.ReadAllBytes(f))).ToArray();
        _credentials = _portfolio.Credentials
            .OrderByDescending(c => c.Issued).ThenBy(c => c.Title, StringComparer.Ordinal).ThenBy(c => c.Slug, StringComparer.Ordinal)
            .ToArray();

        _bodies = new BodyRenderer(SafeMarkdown.CreatePipeline(), SafeMarkdown.CreateSanitizer());
        _builder = new SiteBuilder();
        _options = new SiteOptions { Clock = Corpus.Clock, MaxParallelism = 1 };
        var theme = _builder.ThemeFor(layout);
        _build = AssembleStage.Run(_portfolio, _options, theme);
        _renderer = new PageRenderer(theme, _build.Site, _build.Strings, _options.Clock.GetUtcNow());
        var pages = new MemorySiteWriter();
        _renders = new CredentialRender[_credentials.Length];
        _pageViews = new (PageView, CredentialView)[_credentials.Length];
        for (var i = 0; i < _credentials.Length; i++)
        {
            _renders[i] = CredentialPage.Render(_credentials[i], _build, _bodies, _renderer, pages);
            var body = _bodies.Render(_portfolio.Bodies.Of(_credentials[i]).Text, BodyContextFor(_credentials[i]));
            _pageViews[i] = (new PageView { Kind = "credential", Title = _credentials[i].Title, Description = _credentials[i].Description ?? "", Url = _renders[i].View.Url },
                _renders[i].View with { Body = RenderedBody.FromHtml(body.Html, body.Assets, body.HadRawHtml) });
        }
        _pages = _renders.Select(r => (r.PagePath, pages.Files[r.PagePath])).ToArray();
        _publishRoot = Path.Combine(Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(), $"certfolio-bench-publish-{Environment.ProcessId}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        if (Directory.Exists(_publishRoot)) Directory.Delete(_publishRoot, recursive: true);
    }

    /// <summary>Bytes → text → front matter tree (YAML), per document.</summary>
    [Benchmark]
    public int Parse()
    {
        var limits = _portfolio.Config.Limits;
        var count = 0;
        foreach (var (file, relative, bytes) in _files)
        {
            if (DocumentParser.Parse(file, relative, bytes, limits, new DiagnosticBag()) is not null) count++;
        }
        return count;
    }

    /// <summary>Binder (front matter → <see cref="Credential"/>) and every per-credential and cross-file rule.</summary>
    [Benchmark]
    public int Validate()
    {
        var binder = new CredentialBinder(_portfolio.Config.Fields);
        var bound = new List<Credential>(_portfolio.Documents.Count);
        var bag = new DiagnosticBag();
        foreach (var document in _portfolio.Documents)
        {
            if (binder.Bind(document, bag) is not { } credential) continue;
            Rules.Validate(credential, document, _context, bag);
            bound.Add(credential);
        }
        foreach (var rule in Rules.AcrossPortfolio) rule.Validate(bound, _context, bag);
        return bag.Items.Count + bound.Count;
    }

    /// <summary>Markdown body → safe HTML (Markdig, URL checks, asset mapping).</summary>
    [Benchmark]
    public int RenderMarkdown()
    {
        var length = 0;
        foreach (var credential in _credentials) length += _bodies.Render(_portfolio.Bodies.Of(credential).Text, BodyContextFor(credential)).Html.Length;
        return length;
    }

    /// <summary>Fluid: each credential's card, and its page inside the layout (views prepared in setup, bodies as HTML strings).</summary>
    [Benchmark]
    public int RenderTemplates()
    {
        var length = 0;
        for (var i = 0; i < _renders.Length; i++)
        {
            length += _renderer.RenderUtf8("card", null, ("credential", _renders[i].View)).Length;
            length += _renderer.RenderPage("credential", _pageViews[i].Page, ("credential", _pageViews[i].Full)).Length;
        }
        return length;
    }

    /// <summary>A credential's whole render stage: body, view, JSON-LD, card and page (what the builder runs per document).</summary>
    [Benchmark]
    public long RenderCredentialPages()
    {
        var sink = new CountingSink();
        foreach (var credential in _credentials) CredentialPage.Render(credential, _build, _bodies, _renderer, sink);
        return sink.Bytes;
    }

    /// <summary>Home, skill, provider and index pages assembled from the cached cards.</summary>
    [Benchmark]
    public long ListPages()
    {
        var sink = new CountingSink();
        var model = ListModel.From(_renders);
        var lists = new ListPages(_build, _renderer, model);
        for (var n = 1; n <= lists.HomePageCount; n++) lists.Home(n, sink);
        foreach (var kind in ListKinds.All)
        {
            lists.Index(kind, sink, kind.IndexPath + "index.html");
            foreach (var term in _build.Terms[kind].Terms)
            {
                if (!model.Groups[kind].TryGetValue(term.Slug, out var members)) continue;
                for (var n = 1; n <= Paging.Count(members.Count, _build.Config.PageSize); n++) lists.Term(kind, _build.Urls.Link(kind, term, members.Count), members, n, sink);
            }
        }
        return sink.Bytes;
    }

    /// <summary>Writing every credential page to a new folder on tmpfs (folder creation included).</summary>
    [Benchmark]
    public int Publish()
    {
        var writer = new DiskSiteWriter(Path.Combine(_publishRoot, (_publishRun++).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var (path, bytes) in _pages) writer.Write(path, bytes);
        return _pages.Length;
    }

    [IterationCleanup(Target = nameof(Publish))]
    public void CleanPublished()
    {
        if (Directory.Exists(_publishRoot)) Directory.Delete(_publishRoot, recursive: true);
    }

    /// <summary>The whole load stage as <c>check</c> runs it: discover, read, parse, bind, validate (parallel).</summary>
    [Benchmark]
    public int Load() => new PortfolioLoader().Load(_root).Credentials.Count;

    /// <summary>The whole site build after loading, on every core, into memory.</summary>
    [Benchmark]
    public int BuildSite() => _builder.Build(_portfolio, _options with { MaxParallelism = Environment.ProcessorCount }, new MemorySiteWriter()).Pages;

    private BodyContext BodyContextFor(Credential credential) =>
        new(_build.Assets.Policy, Path.GetDirectoryName(_portfolio.Bodies.Of(credential).FilePath), _build.Urls.BasePath, _build.Config.UnsafeHtml);
}
