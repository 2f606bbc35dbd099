using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Certfolio.Site;
using Certfolio.Site.Publishing;

namespace Certfolio.Server.Building;

/// <summary>
/// The real site behind the preview: an <see cref="IncrementalPortfolio"/> rendered by a <see cref="SiteBuilder"/>.
/// A document edit re-reads that document and asks the builder for an incremental rebuild (its page, its card on the
/// list pages); the config, the assets or the theme changing rebuild everything.
/// </summary>
public sealed class PortfolioSiteSource : ISiteSource
{
    private readonly IncrementalPortfolio _portfolio;
    private readonly SiteBuilder _builder;
    private readonly SiteOptions _options;
    private SiteState? _state;
    private (IReadOnlyList<Diagnostic> Portfolio, IReadOnlyList<Diagnostic> Build, IReadOnlyList<Diagnostic> Merged)? _merged;

    /// <param name="root">The portfolio folder.</param>
    /// <param name="clock">Today for statuses; pin it for reproducible previews.</param>
    /// <param name="builder">The process's builder (its Markdown pipeline and themes are reused); a new one when null.</param>
    /// <param name="audience">The owner's view (the default), or visitors' when the preview is reachable by others.</param>
    public PortfolioSiteSource(string root, TimeProvider? clock = null, SiteBuilder? builder = null, SiteAudience audience = SiteAudience.Owner)
    {
        Root = Path.GetFullPath(root);
        _portfolio = new IncrementalPortfolio(Root);
        _builder = builder ?? new SiteBuilder();
        // The preview serves at its own address: absolute links to the configured baseUrl would leave it. On a loopback
        // address it is the owner's view: everything, what visitors do not see marked, and the dashboard.
        _options = new SiteOptions { Clock = clock ?? TimeProvider.System, IgnoreConfiguredBaseUrl = true, Audience = audience };
    }

    public string Root { get; }

    public IEnumerable<string> WatchedFolders
    {
        get
        {
            var layout = _portfolio.Layout;
            // A training folder that leads out of the portfolio is never read (CF0203, CF0207), so it is not watched either.
            var training = PortfolioLoader.IsInside(new PortfolioFileGate(layout.Root), layout.TrainingDirectory, out _) ? layout.TrainingDirectory : null;
            return new[] { layout.ContentDirectory, layout.AssetsDirectory, layout.ThemeDirectory, training }.OfType<string>();
        }
    }

    public SourceBuild BuildAll(ISiteWriter writer) => Build(_portfolio.LoadAll(), writer);

    public SourceBuild Update(IReadOnlyCollection<string> changedFiles, ISiteWriter writer)
    {
        var layout = _portfolio.Layout;
        var documents = new List<string>();
        var everything = false;
        foreach (var path in changedFiles)
        {
            if (_portfolio.IsDocument(path)) documents.Add(path);
            else if (Directory.Exists(path) && PortfolioLayout.Contains(Root, path)) everything = true; // a folder moved or appeared
            else if (path == Path.Combine(Root, ConfigReader.FileName)) everything = true;
            else if (PortfolioLayout.Contains(layout.AssetsDirectory, path) || PortfolioLayout.Contains(layout.ThemeDirectory, path)) everything = true;
            else if (PortfolioLayout.Contains(layout.TrainingDirectory, path)) everything = true; // the ledger is read with the whole portfolio
            else if (layout.ContentDirectory is { } content && PortfolioLayout.Contains(content, path) && !File.Exists(path)) everything = true; // a deleted folder
        }

        // Assets are validated (logos must exist) and copied, and the theme shapes every page: start over.
        if (everything) return BuildAll(writer);
        if (documents.Count == 0) return new SourceBuild { Succeeded = false, Relevant = false, Diagnostics = _portfolio.Current?.Diagnostics ?? [] };

        var portfolio = _portfolio.Update(documents);
        if (_state is null) return Build(portfolio, writer);
        var relative = documents.Select(layout.Relative).ToArray();
        var result = _builder.Rebuild(_state, portfolio, relative, writer, _options);
        return Finish(portfolio, result, complete: !result.Incremental);
    }

    private SourceBuild Build(Portfolio portfolio, ISiteWriter writer) =>
        Finish(portfolio, _builder.Build(portfolio, _options, writer), complete: true);

    private SourceBuild Finish(Portfolio portfolio, BuildResult result, bool complete)
    {
        if (result.Succeeded) _state = result.State;
        return new SourceBuild
        {
            Succeeded = result.Succeeded,
            Complete = complete,
            PagesRendered = result.Pages,
            Diagnostics = Merged(portfolio.Diagnostics, result.Diagnostics),
        };
    }

    /// <summary>The portfolio's and the build's diagnostics in one sorted list; the last one again when neither changed (the usual edit).</summary>
    private IReadOnlyList<Diagnostic> Merged(IReadOnlyList<Diagnostic> portfolio, IReadOnlyList<Diagnostic> build)
    {
        if (_merged is { } last && ReferenceEquals(last.Portfolio, portfolio) && last.Build.SequenceEqual(build)) return last.Merged;
        var merged = PortfolioLoader.Sort(portfolio.Concat(build).Distinct());
        _merged = (portfolio, build, merged);
        return merged;
    }
}
