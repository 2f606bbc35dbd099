using System.Text;
using Certfolio.Server.Building;
using Certfolio.Server.LiveReload;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;

namespace Certfolio.Server.Http;

/// <summary>
/// Serves the preview: the last good site from memory (<c>/x/</c> → <c>x/index.html</c>, never a listing), the
/// live-reload stream and script, and the theme's 404 page. HTML gets the live-reload script and, while the
/// portfolio has errors, the overlay.
/// </summary>
/// <param name="hosts">Which Host headers are answered; any when null.</param>
public sealed class SiteRequestHandler(PreviewSite site, LiveReloadHub hub, LoopbackHostCheck? hosts = null)
{
    public const string NotFoundPage = "404.html";

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        if (hosts is not null && !hosts.Allows(request, context.Connection.LocalPort))
        {
            await WritePlainAsync(response, StatusCodes.Status421MisdirectedRequest, LoopbackHostCheck.RefusalText);
            return;
        }
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        var sitePath = RequestPath.ToSitePath(rawTarget, request.Path.Value ?? "/");
        if (sitePath is null)
        {
            await WritePlainAsync(response, StatusCodes.Status400BadRequest, "Bad request path.\n");
            return;
        }

        switch ("/" + sitePath)
        {
            case ClientAssets.EventsPath:
                await StreamEventsAsync(context);
                return;
            case ClientAssets.ScriptPath:
                await WriteAsync(context, Encoding.UTF8.GetBytes(ClientAssets.Script), ContentTypes.For("x.js"), StatusCodes.Status200OK, html: null, etag: null);
                return;
            case ClientAssets.StylePath:
                await WriteAsync(context, Encoding.UTF8.GetBytes(ClientAssets.Style), ContentTypes.For("x.css"), StatusCodes.Status200OK, html: null, etag: null);
                return;
        }

        var state = site.Current;
        var snapshot = state.Snapshot;
        if (!state.HasSite)
        {
            await WriteAsync(context, "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Certfolio preview</title></head><body><main><h1>Certfolio preview</h1><p>Building the site; this page reloads when it is ready.</p></main></body></html>"u8.ToArray(),
                ContentTypes.For("x.html"), StatusCodes.Status503ServiceUnavailable, state, etag: null);
            return;
        }

        var resolved = Resolve(snapshot, sitePath, out var redirect);
        if (redirect)
        {
            response.StatusCode = StatusCodes.Status301MovedPermanently;
            response.Headers.Location = "/" + sitePath + "/" + request.QueryString;
            return;
        }
        if (resolved is { } found)
        {
            await WriteAsync(context, found.File.Content, ContentTypes.For(found.Path), StatusCodes.Status200OK, IsHtml(found.Path) ? state : null, found.File.ETag);
            return;
        }
        if (snapshot.TryGet(NotFoundPage, out var notFound))
        {
            await WriteAsync(context, notFound.Content, ContentTypes.For(NotFoundPage), StatusCodes.Status404NotFound, state, etag: null);
            return;
        }
        await WritePlainAsync(response, StatusCodes.Status404NotFound, "Not found.\n");
    }

    /// <summary>The file a site path names: itself, or its folder's index.html; a folder named without its slash redirects.</summary>
    private static (string Path, SiteFile File)? Resolve(SiteSnapshot snapshot, string sitePath, out bool redirect)
    {
        redirect = false;
        if (sitePath.Length == 0 || sitePath.EndsWith('/'))
        {
            var index = sitePath + "index.html";
            return snapshot.TryGet(index, out var indexFile) ? (index, indexFile) : null;
        }
        if (snapshot.TryGet(sitePath, out var file)) return (sitePath, file);
        redirect = snapshot.TryGet(sitePath + "/index.html", out _);
        return null;
    }

    private static bool IsHtml(string sitePath) => sitePath.EndsWith(".html", StringComparison.OrdinalIgnoreCase);

    /// <param name="html">The preview state to inject into an HTML page (script, overlay); null for other files.</param>
    private static async Task WriteAsync(HttpContext context, byte[] content, string contentType, int status, PreviewState? html, string? etag)
    {
        var response = context.Response;
        if (html is not null)
        {
            var errors = html.Errors;
            content = HtmlInjector.Inject(content, errors.Count > 0 ? DiagnosticsOverlay.Render(errors, html.HasSite) : null);
            // The same page with and without the overlay (or with another list of errors) must not share a validator.
            if (etag is not null && errors.Count > 0) etag = etag.Insert(etag.Length - 1, $"-e{html.ErrorsVersion}");
        }

        response.StatusCode = status;
        response.ContentType = contentType;
        // Always revalidate: a preview's files change under the browser's feet.
        response.Headers.CacheControl = "no-cache";
        if (etag is not null && status == StatusCodes.Status200OK)
        {
            response.Headers.ETag = etag;
            if (Matches(context.Request.Headers.IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }
        response.ContentLength = content.Length;
        if (HttpMethods.IsHead(context.Request.Method)) return;
        await response.Body.WriteAsync(content, context.RequestAborted);
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0) return false;
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
        var current = EntityTagHeaderValue.Parse(etag);
        return tags.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
    }

    private static async Task WritePlainAsync(HttpResponse response, int status, string text)
    {
        response.StatusCode = status;
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(text);
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var subscription = hub.Subscribe();
        // "hello" lets a page that lost its connection (a restarted server) know it should reload.
        await response.WriteAsync($"retry: 500\nevent: hello\ndata: {site.Generation}\n\n", context.RequestAborted);
        await response.Body.FlushAsync(context.RequestAborted);
        try
        {
            await foreach (var message in subscription.Messages.ReadAllAsync(context.RequestAborted))
            {
                await response.WriteAsync(message, context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The tab closed or navigated away.
        }
    }
}
