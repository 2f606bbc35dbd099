using BenchmarkDotNet.Attributes;
using Certfolio.Core.Portfolios;
using Certfolio.Server;
using Certfolio.Server.Building;
using Certfolio.Server.Watching;

namespace Certfolio.Bench;

/// <summary>
/// The preview's incremental rebuild at N = 10,000: one document edited, then <see cref="PreviewSite.Update"/> (re-read
/// the document, re-validate, re-render its page and card, reassemble the list pages that show it, apply the new files
/// to the in-memory snapshot). The edited document carries the most popular skill, so its card sits on the biggest
/// list pages: the worst case. The file is written in the iteration setup, outside the measurement.
/// </summary>
[BenchmarkCategory("serve")]
[InvocationCount(1)]
[IterationCount(15)]
[WarmupCount(3)]
public class ServeRebuildBenchmarks
{
    [Params(10_000)]
    public int Documents { get; set; }

    private string _root = "";
    private PreviewSite _site = null!;
    private ServeEdit _edit = null!;

    [GlobalSetup]
    public void Setup()
    {
        _root = Corpus.Copy(Documents, "serve");
        _site = new PreviewSite(new PortfolioSiteSource(_root, Corpus.Clock));
        var report = _site.BuildAll();
        if (!report.Succeeded) throw new InvalidOperationException("the corpus does not build: " + string.Join("; ", report.Diagnostics.Take(3)));
        _edit = ServeEdit.MostListed(_root);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [IterationSetup(Target = nameof(BodyEdited))]
    public void EditBody() => _edit.ToggleBody();

    [IterationSetup(Target = nameof(TitleEdited))]
    public void EditTitle() => _edit.ToggleTitle();

    /// <summary>A body edit: the page changes; the card, and so the list pages, do not.</summary>
    [Benchmark]
    public int BodyEdited() => Rebuild();

    /// <summary>A title edit: the page and the card change, so every list page showing the card is reassembled.</summary>
    [Benchmark]
    public int TitleEdited() => Rebuild();

    private int Rebuild()
    {
        var report = _site.Update([_edit.File]);
        if (!report.Succeeded || !report.Incremental) throw new InvalidOperationException($"rebuild succeeded={report.Succeeded} incremental={report.Incremental}");
        return report.ChangedPaths.Count;
    }
}

/// <summary>
/// From a file written to its pages rebuilt in memory, as <c>serve</c> does it: the file watcher (with the server's
/// debounce), then the rebuild, for a body edit and for a title edit. And the watcher's own latency: a write until its
/// event arrives, with no debounce.
/// </summary>
[BenchmarkCategory("serve")]
[InvocationCount(1)]
[IterationCount(15)]
[WarmupCount(3)]
public class ServeWatchBenchmarks
{
    [Params(10_000)]
    public int Documents { get; set; }

    private string _root = "";
    private PreviewSite _site = null!;
    private ServeEdit _edit = null!;
    private FileWatcher _rebuildWatcher = null!;
    private FileWatcher _eventWatcher = null!;
    private TaskCompletionSource _rebuilt = new();
    private TaskCompletionSource _event = new();
    private volatile bool _wantEvent;
    private volatile bool _wantRebuild;

    [GlobalSetup]
    public void Setup()
    {
        _root = Corpus.Copy(Documents, "watch");
        var source = new PortfolioSiteSource(_root, Corpus.Clock);
        _site = new PreviewSite(source);
        if (!_site.BuildAll().Succeeded) throw new InvalidOperationException("the corpus does not build");
        _edit = ServeEdit.MostListed(_root);
        _rebuildWatcher = new FileWatcher(_root, () => source.WatchedFolders, new PreviewOptions { Root = _root }.Debounce, batch =>
        {
            if (!_wantRebuild) return Task.CompletedTask;
            _site.Update(batch.Paths, batch.FirstEventTimestamp);
            _rebuilt.TrySetResult();
            return Task.CompletedTask;
        });
        _eventWatcher = new FileWatcher(_root, () => source.WatchedFolders, TimeSpan.Zero, _ =>
        {
            if (_wantEvent) _event.TrySetResult();
            return Task.CompletedTask;
        });
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _rebuildWatcher.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _eventWatcher.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_root, recursive: true);
    }

    [IterationSetup]
    public void Quiet()
    {
        // Let the previous iteration's trailing events and rebuild settle before arming.
        _wantEvent = _wantRebuild = false;
        Thread.Sleep(150);
        _rebuilt = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _event = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>A body edit: write → watcher event → debounce (the server's default) → incremental rebuild done.</summary>
    [Benchmark]
    public async Task FileWriteToRebuiltPages()
    {
        _wantRebuild = true;
        _edit.ToggleBody();
        await _rebuilt.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>
    /// The same for a title edit: write → watcher event → debounce → incremental rebuild done, the card changed on the
    /// home page and on every skill and provider page showing it, and in the search index.
    /// </summary>
    [Benchmark]
    public async Task TitleWriteToRebuiltPages()
    {
        _wantRebuild = true;
        _edit.ToggleTitle();
        await _rebuilt.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>Write → the FileSystemWatcher event delivered (no debounce, no rebuild).</summary>
    [Benchmark]
    public async Task FileWriteToEvent()
    {
        _wantEvent = true;
        _edit.ToggleBody();
        await _event.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }
}

/// <summary>Edits one document of a portfolio back and forth, so every rebuild sees a real change.</summary>
internal sealed class ServeEdit
{
    private readonly string _original;
    private bool _edited;

    private ServeEdit(string file)
    {
        File = file;
        _original = System.IO.File.ReadAllText(file);
    }

    public string File { get; }

    /// <summary>The document whose card appears on the most list pages' biggest lists (it has the most popular skill).</summary>
    public static ServeEdit MostListed(string root)
    {
        var portfolio = new PortfolioLoader().Load(root);
        var popularity = portfolio.Credentials.SelectMany(c => c.Skills).CountBy(s => s).ToDictionary(p => p.Key, p => p.Value);
        var chosen = portfolio.Credentials.MaxBy(c => c.Skills.Sum(s => popularity[s]))!;
        return new ServeEdit(portfolio.Bodies.Of(chosen).FilePath);
    }

    public void ToggleBody() => Write(_edited ? _original : _original + "\nEdited in the benchmark.\n");

    public void ToggleTitle() =>
        Write(_edited ? _original : System.Text.RegularExpressions.Regex.Replace(_original, "^title: \"", "title: \"Edited ", System.Text.RegularExpressions.RegexOptions.Multiline));

    private void Write(string text)
    {
        System.IO.File.WriteAllText(File, text);
        _edited = !_edited;
    }
}
