using Certfolio.Site.Pages;

namespace Certfolio.Site.Stages;

/// <summary>
/// Which list pages and site-wide files the Publish stage writes. A build writes them all
/// (<see cref="Everything"/>); a rebuild only those its changes show on (<see cref="Incremental.ListChanges"/>).
/// </summary>
internal interface IPublishSelection
{
    /// <summary>True to write page <paramref name="number"/> of the home page, whose frame (all but its cards) is <paramref name="frame"/>.</summary>
    bool HomePage(int number, HomeFrame frame);

    /// <summary>True to write page <paramref name="number"/> of the term <paramref name="slug"/> of <paramref name="kind"/>, which lists <paramref name="members"/>.</summary>
    bool TermPage(ListKind kind, string slug, IReadOnlyList<CredentialRender> members, int number);

    bool Feed { get; }

    bool Robots { get; }

    bool Calendar { get; }

    bool Sitemap { get; }
}

internal sealed class Everything : IPublishSelection
{
    public static Everything Instance { get; } = new();

    public bool HomePage(int number, HomeFrame frame) => true;

    public bool TermPage(ListKind kind, string slug, IReadOnlyList<CredentialRender> members, int number) => true;

    public bool Feed => true;

    public bool Robots => true;

    public bool Calendar => true;

    public bool Sitemap => true;
}
