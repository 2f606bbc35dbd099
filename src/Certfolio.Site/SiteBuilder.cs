using System.Diagnostics;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Model;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Text;
using Certfolio.Site.Incremental;
using Certfolio.Site.Markdown;
using Certfolio.Site.Pages;
using Certfolio.Site.Publishing;
using Certfolio.Site.Stages;
using Certfolio.Site.Templates;

namespace Certfolio.Site;

/// <summary>
/// Builds the static site of a portfolio in four stages: Assemble (<see cref="SiteModel"/>: day, URLs, terms,
/// tracking) → Render (every credential's page and card, in parallel, each page written as soon as it is rendered)
/// → Lists (<see cref="ListModel"/>: the renders sorted and grouped) → Publish (home, term pages, indexes, feeds,
/// assets). Create one per process: the Markdown pipeline, the sanitizer and the parsed themes are built once and
/// reused by every build and rebuild. Rebuilds reuse the stages through <see cref="IncrementalBuild"/>.
/// </summary>
public sealed class SiteBuilder
{
    // The sanitizer costs ~0.15 s of start-up (AngleSharp's CSS tables) and only bodies with raw HTML need it.
    private readonly BodyRenderer _bodies = new(SafeMarkdown.CreatePipeline(), new Lazy<Ganss.Xss.HtmlSanitizer>(SafeMarkdown.CreateSanitizer));
    private readonly Lazy<Theme> _defaultTheme = new(() => ThemeLoader.Load(null));
    private readonly Lock _themeLock = new();
    private Theme? _customTheme;

    /// <summary>The theme for a portfolio: the embedded default, overlaid by its <c>theme/</c> folder (cached until the folder changes).</summary>
    /// <param name="fileSystem">Where the portfolio is, its <c>theme/</c> folder included (the disk unless given).</param>
    public Theme ThemeFor(PortfolioLayout layout, IFileSystem? fileSystem = null)
    {
        var files = fileSystem ?? PhysicalFileSystem.Instance;
        if (!files.DirectoryExists(layout.ThemeDirectory)) return _defaultTheme.Value;
        var signature = ThemeLoader.Signature(layout.ThemeDirectory, files);
        lock (_themeLock)
        {
            if (_customTheme is null || _customTheme.Signature != signature) _customTheme = ThemeLoader.Load(layout.ThemeDirectory, files);
            return _customTheme;
        }
    }

    /// <summary>Builds the whole site into <paramref name="writer"/>. Writes nothing when the portfolio or theme has errors.</summary>
    public BuildResult Build(Portfolio portfolio, SiteOptions options, ISiteWriter writer)
    {
        var clock = Stopwatch.StartNew();
        if (Refused(portfolio, options, clock, out var theme) is { } refused) return refused;
        return Full(SiteInputs.Gather(portfolio, options, theme), writer, clock);
    }

    /// <summary>
    /// Rebuilds after documents changed: re-renders only the changed credentials (and any whose skill or provider
    /// links moved), reassembles the list pages they appear on from cached cards, and deletes pages that no longer
    /// exist. Falls back to a full build when anything site-wide changed (config, theme, today, options). For changed
    /// documents only: when an asset (a logo, an image) changed, call <see cref="Build"/>.
    /// </summary>
    /// <param name="changedDocuments">Paths relative to the portfolio root, as in <see cref="Credential.RelativePath"/>.</param>
    public BuildResult Rebuild(SiteState previous, Portfolio portfolio, IEnumerable<string> changedDocuments, ISiteWriter writer, SiteOptions? options = null)
    {
        var clock = Stopwatch.StartNew();
        options ??= previous.Options;
        if (Refused(portfolio, options, clock, out var theme) is { } refused) return refused;
        var inputs = SiteInputs.Gather(portfolio, options, theme);
        if (inputs.Fingerprint != previous.Fingerprint) return Full(inputs, writer, clock, previous);
        var rebuild = new IncrementalBuild(previous, inputs, changedDocuments.ToHashSet(StringComparer.Ordinal), _bodies);
        return rebuild.Run(new CountingWriter(RelativeLinkWriter.For(writer, inputs.Urls.BaseUrl)), clock);
    }

    /// <summary>The four stages over every credential.</summary>
    /// <param name="previous">A last build whose files are in <paramref name="target"/>: pages it had that this one has not are deleted.</param>
    private BuildResult Full(SiteInputs inputs, ISiteWriter target, Stopwatch clock, SiteState? previous = null)
    {
        var credentials = inputs.Portfolio.Credentials;
        var model = AssembleStage.Run(inputs);
        var diagnostics = Diagnostics(model);
        var writer = new CountingWriter(RelativeLinkWriter.For(target, model.Urls.BaseUrl));
        var renderer = Renderer(model);
        var progress = new BuildProgress(inputs.Options.Progress, credentials.Count + model.Terms.Count + ListKinds.All.Count + 2);

        var rendered = new RenderStage(model, _bodies, renderer, writer, diagnostics, progress).Run(credentials);
        if (diagnostics.HasErrors) return Failed(diagnostics, clock);
        var renders = Array.ConvertAll(rendered, r => r!);
        var lists = ListModel.From(renders);
        var published = PublishStage.Run(model, renderer, lists, () => SearchIndexFile.Join(lists.Ordered), writer, Everything.Instance, diagnostics, progress);
        if (published is null) return Failed(diagnostics, clock);
        AssetPublisher.Theme(model, writer);
        var assets = new HashSet<string>(StringComparer.Ordinal);
        AssetPublisher.Copies(model, renders, writer, diagnostics, assets);
        var byDocument = renders.ToDictionary(r => r.Credential.RelativePath, StringComparer.Ordinal);
        if (previous is not null) StalePages.Delete(previous, previous.ByDocument.Values, byDocument, renders, published.ListPages, model, writer);
        if (diagnostics.HasErrors) return Failed(diagnostics, clock);
        progress.Finish();

        return Succeeded(writer, clock, diagnostics, new SiteState(model, byDocument, renders, lists, published, assets), incremental: false);
    }

    /// <summary>The result of a portfolio or theme with errors, which builds nothing; null when the build may go on.</summary>
    private BuildResult? Refused(Portfolio portfolio, SiteOptions options, Stopwatch clock, out Theme theme)
    {
        theme = null!;
        if (portfolio.HasErrors)
            return new BuildResult { Succeeded = false, Diagnostics = portfolio.Diagnostics.Where(d => d.Severity == Severity.Error).ToArray(), Elapsed = clock.Elapsed };
        theme = ThemeFor(portfolio.Layout, options.FileSystem);
        if (theme.Diagnostics.Count > 0)
            return new BuildResult { Succeeded = false, Diagnostics = theme.Diagnostics, Elapsed = clock.Elapsed };
        return null;
    }

    internal static BuildDiagnostics Diagnostics(SiteModel model)
    {
        var diagnostics = new BuildDiagnostics();
        if (model.Urls.BaseUrl is null) diagnostics.Add(Diagnostic.Create(SiteDescriptors.NoBaseUrl, SourceLocation.FileStart(ConfigReader.FileName)));
        if (!model.LanguageKnown)
        {
            var at = model.Config.LocationOf("language");
            var languages = string.Join(", ", model.Theme.Languages.Keys.Order(StringComparer.Ordinal));
            diagnostics.Add(Diagnostic.Create(Descriptors.UnknownLanguage, at, model.Config.Language, languages));
        }
        return diagnostics;
    }

    internal static PageRenderer Renderer(SiteModel model) => new(model.Theme, model.Site, model.Strings, model.Options.Clock.GetUtcNow());

    internal static BuildResult Succeeded(CountingWriter writer, Stopwatch clock, BuildDiagnostics diagnostics, SiteState state, bool incremental) => new()
    {
        Succeeded = true,
        Pages = writer.Pages,
        Files = writer.Files,
        Bytes = writer.Bytes,
        Elapsed = clock.Elapsed,
        Diagnostics = diagnostics.Sorted(),
        ChangedPaths = writer.Changed,
        Incremental = incremental,
        State = state,
    };

    internal static BuildResult Failed(BuildDiagnostics diagnostics, Stopwatch clock) =>
        new() { Succeeded = false, Diagnostics = diagnostics.Sorted(), Elapsed = clock.Elapsed };
}
