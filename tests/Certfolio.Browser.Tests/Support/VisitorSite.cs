using Certfolio.Core.Portfolios;
using Certfolio.Core.Time;
using Certfolio.Server.Http;
using Certfolio.Site;
using Certfolio.Site.Publishing;
using Microsoft.Playwright;

namespace Certfolio.Browser.Tests.Support;

/// <summary>
/// The example portfolio built for visitors, as <c>certfolio build</c> makes it (the preview is the owner's view),
/// answered from memory on a made-up origin through Playwright's routing: no server and no folder to clean up.
/// </summary>
public sealed class VisitorSite
{
    public static readonly Uri Origin = new("http://visitor.certfolio.test/");

    private readonly MemorySiteWriter _files;

    private VisitorSite(MemorySiteWriter files) => _files = files;

    public static VisitorSite Build() => Build(null);

    /// <summary>The example for visitors in pages of <paramref name="pageSize"/> cards.</summary>
    public static VisitorSite Paged(int pageSize) => Build(pageSize);

    private static VisitorSite Build(int? pageSize)
    {
        var portfolio = new PortfolioLoader().Load(Repository.ExamplePortfolio);
        if (pageSize is { } size) portfolio = portfolio with { Config = portfolio.Config with { PageSize = size } };
        var files = new MemorySiteWriter();
        // No baseUrl, so that every link stays on the made-up origin.
        var options = new SiteOptions { Clock = new FixedClock(ServedPortfolio.Today), IgnoreConfiguredBaseUrl = true };
        var result = new SiteBuilder().Build(portfolio, options, files);
        if (!result.Succeeded) throw new InvalidOperationException("The example did not build: " + string.Join("; ", result.Diagnostics));
        return new VisitorSite(files);
    }

    /// <summary>A page of the browser fixture with this site routed in, opened at <paramref name="path"/>; the response's status as well.</summary>
    public async Task<(IPage Page, int Status)> OpenAsync(BrowserFixture browser, string path, BrowserNewContextOptions? options = null)
    {
        var page = await browser.NewPageAsync(options);
        await page.Context.RouteAsync(Origin + "**", Answer);
        var response = await page.GotoAsync(new Uri(Origin, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return (page, response?.Status ?? 0);
    }

    private Task Answer(IRoute route)
    {
        var path = new Uri(route.Request.Url).AbsolutePath.TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        if (!_files.Files.TryGetValue(path, out var bytes))
            return route.FulfillAsync(new RouteFulfillOptions { Status = 404, ContentType = "text/html; charset=utf-8", BodyBytes = _files.Files["404.html"] });
        return route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = ContentTypes.For(path), BodyBytes = bytes });
    }
}
