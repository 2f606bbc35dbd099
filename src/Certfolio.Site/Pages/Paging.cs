using Certfolio.Site.Languages;
using System.Globalization;

namespace Certfolio.Site.Pages;

/// <summary>
/// How a list page is cut into pages of <c>pageSize</c> cards: page 1 at the list's own path (<c>/</c>,
/// <c>skills/aws/</c>), page N at <c>PATH/page/N/</c>. One place for the arithmetic, the paths and the navigation, so
/// the home page and every term page are paged alike and a rebuild computes the same pages a build does.
/// </summary>
internal static class Paging
{
    /// <summary>How many pages a list of <paramref name="items"/> has: at least one, so an empty list still has its page.</summary>
    public static int Count(int items, int size) => Math.Max(1, (items + size - 1) / size);

    /// <summary>The site path of page <paramref name="number"/> of the list at <paramref name="firstPage"/> (empty for home, else ending in '/').</summary>
    public static string PathOf(string firstPage, int number) =>
        number == 1 ? firstPage : firstPage + "page/" + number.ToString(CultureInfo.InvariantCulture) + "/";

    /// <summary>Every page's site path (with <c>index.html</c>) of a list of <paramref name="items"/>, page 1 first.</summary>
    public static IEnumerable<string> Files(string firstPage, int items, int size)
    {
        var count = Count(items, size);
        for (var n = 1; n <= count; n++) yield return PathOf(firstPage, n) + "index.html";
    }

    /// <summary>A page's title: the list's on page 1, with the page named on the others (titles stay unique).</summary>
    public static string Title(string title, int number, int count, Strings strings) =>
        number == 1 ? title : strings.Format("paging.title", ("title", title), ("page", strings.Number(number)), ("pages", strings.Number(count)));

    /// <summary>The page numbers the navigation links to: the first, the last, and two either side of the current one; 0 marks a gap.</summary>
    public static IReadOnlyList<int> Window(int number, int count)
    {
        var shown = new List<int>();
        for (var n = 1; n <= count; n++)
        {
            if (n != 1 && n != count && Math.Abs(n - number) > 2) continue;
            if (shown.Count > 0 && n - shown[^1] > 1) shown.Add(n - shown[^1] == 2 ? n - 1 : 0);
            shown.Add(n);
        }
        return shown;
    }

    /// <summary>The <c>pager</c> of page <paramref name="number"/> of a list of <paramref name="items"/> whose page 1 is at <paramref name="firstPageUrl"/>.</summary>
    public static PagerView Pager(string firstPageUrl, int number, int items, int size)
    {
        var count = Count(items, size);
        string Url(int n) => PathOf(firstPageUrl, n);
        return new PagerView
        {
            Number = number,
            Count = count,
            Size = size,
            Total = items,
            First = Math.Min(items, (number - 1) * size + 1),
            Last = Math.Min(items, number * size),
            PreviousUrl = number > 1 ? Url(number - 1) : null,
            NextUrl = number < count ? Url(number + 1) : null,
            Pages = Window(number, count).Select(n => n == 0 ? PagerLink.Gap : new PagerLink(n, Url(n), n == number)).ToArray(),
        };
    }
}
