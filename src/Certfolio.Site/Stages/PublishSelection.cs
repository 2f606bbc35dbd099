namespace Certfolio.Site.Stages;

/// <summary>
/// Which list pages and site-wide files the Publish stage writes. A build writes them all
/// (<see cref="Everything"/>); a rebuild only those its changes show on (<see cref="Incremental.ListChanges"/>).
/// </summary>
internal interface IPublishSelection
{
    /// <summary>True to write the term page at this site path (<c>skills/aws/index.html</c>).</summary>
    bool Term(string pagePath);

    bool Feed { get; }

    bool Robots { get; }

    bool Calendar { get; }

    bool Sitemap { get; }
}

internal sealed class Everything : IPublishSelection
{
    public static Everything Instance { get; } = new();

    public bool Term(string pagePath) => true;

    public bool Feed => true;

    public bool Robots => true;

    public bool Calendar => true;

    public bool Sitemap => true;
}
