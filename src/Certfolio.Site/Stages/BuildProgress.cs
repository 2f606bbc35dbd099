namespace Certfolio.Site.Stages;

/// <summary>Reports pages done out of pages planned to <see cref="SiteOptions.Progress"/>, from any thread.</summary>
internal sealed class BuildProgress(Action<int, int>? report, int planned)
{
    private int _done;

    public void Step() => report?.Invoke(Interlocked.Increment(ref _done), planned);

    public void Finish() => report?.Invoke(planned, planned);
}
