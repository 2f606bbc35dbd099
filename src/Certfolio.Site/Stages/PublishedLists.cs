using Certfolio.Site.Pages;

namespace Certfolio.Site.Stages;

/// <summary>What the Publish stage wrote of the lists: every list page the site has, and <c>/search.json</c> with its entries' positions.</summary>
internal sealed record PublishedLists(IReadOnlySet<string> ListPages, SearchIndexFile Search);
