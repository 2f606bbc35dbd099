using Certfolio.Site.Pages;

namespace Certfolio.Site.Stages;

/// <summary>
/// What the Publish stage wrote of the lists: every list page the site has, <c>/search.json</c> with its entries'
/// positions, and what every home page shows but its cards (<see cref="Pages.HomeFrame"/>).
/// </summary>
internal sealed record PublishedLists(IReadOnlySet<string> ListPages, SearchIndexFile Search, HomeFrame HomeFrame);
