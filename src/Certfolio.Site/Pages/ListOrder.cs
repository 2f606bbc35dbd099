namespace Certfolio.Site.Pages;

/// <summary>
/// The order every list shows credentials in (home, skill and provider pages, search index, feed): newest issue
/// first, then title, slug and path, ordinal. A total order, so a rebuild can move a few credentials within a
/// sorted list (<see cref="Incremental.SortedSplice"/>) and get exactly what sorting the whole list again gives.
/// </summary>
internal sealed class ListOrder : IComparer<CredentialRender>
{
    public static ListOrder Instance { get; } = new();

    public int Compare(CredentialRender? x, CredentialRender? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        var a = x!.Credential;
        var b = y!.Credential;
        var order = b.Issued.CompareTo(a.Issued);
        if (order == 0) order = string.CompareOrdinal(a.Title, b.Title);
        if (order == 0) order = string.CompareOrdinal(a.Slug, b.Slug);
        if (order == 0) order = string.CompareOrdinal(a.RelativePath, b.RelativePath);
        return order;
    }

    public static CredentialRender[] Sort(IEnumerable<CredentialRender> renders)
    {
        var sorted = renders.ToArray();
        Array.Sort(sorted, Instance);
        return sorted;
    }
}
