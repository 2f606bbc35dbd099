using Certfolio.Core.Portfolios;
using Certfolio.Core.Publishing;
using Ganss.Xss;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Certfolio.Site.Markdown;

/// <summary>An asset a page refers to: where it goes in the site and the file it comes from.</summary>
public sealed record AssetCopy(string SitePath, string SourceFile);

/// <summary>
/// A rendered body: safe HTML plus the assets it needs copied. A body without raw HTML keeps its checked syntax tree
/// and is written straight into the page that prints it (<see cref="WriteTo"/>), so its HTML is never held as a
/// string of its own; a sanitized body is the sanitizer's string.
/// </summary>
public sealed class RenderedBody
{
    private readonly MarkdownDocument? _document;
    private readonly MarkdownPipeline? _pipeline;
    private string? _html;

    private RenderedBody(string? html, MarkdownDocument? document, MarkdownPipeline? pipeline, IReadOnlyList<AssetCopy> assets, bool hadRawHtml)
    {
        _html = html;
        _document = document;
        _pipeline = pipeline;
        Assets = assets;
        HadRawHtml = hadRawHtml;
    }

    /// <summary>No body (cards, documents without text).</summary>
    public static RenderedBody Empty { get; } = new(string.Empty, null, null, [], false);

    internal static RenderedBody FromHtml(string html, IReadOnlyList<AssetCopy> assets, bool hadRawHtml) => new(html, null, null, assets, hadRawHtml);

    /// <summary>A checked syntax tree, rendered when the page prints it.</summary>
    internal static RenderedBody FromDocument(MarkdownDocument document, MarkdownPipeline pipeline, IReadOnlyList<AssetCopy> assets) =>
        new(null, document, pipeline, assets, hadRawHtml: false);

    /// <summary>The body's HTML as a string (rendered on first use for a syntax tree).</summary>
    public string Html => _html ??= Markdig.Markdown.ToHtml(_document!, _pipeline!);

    /// <summary>True once the HTML exists as a string (a sanitized body, or <see cref="Html"/> was read).</summary>
    internal bool HasHtmlString => _html is not null;

    public IReadOnlyList<AssetCopy> Assets { get; }

    public bool HadRawHtml { get; }

    /// <summary>Writes the HTML into <paramref name="writer"/>: a syntax tree renders straight into it, through the pipeline's pooled renderer.</summary>
    public void WriteTo(TextWriter writer)
    {
        if (_html is { } html) writer.Write(html);
        else Markdig.Markdown.ToHtml(_document!, writer, _pipeline!);
    }

    public override string ToString() => Html;
}

/// <summary>
/// Markdown body → safe HTML. One pass over the syntax tree checks every link and image URL (unsafe schemes
/// become <c>#</c>), prefixes root-relative ones with the base path, maps images to copied assets, and notes raw
/// HTML; only bodies with raw HTML go through the (slow) sanitizer. Headings drop one level (# becomes &lt;h2&gt;), so the
/// page title stays the only &lt;h1&gt;.
/// </summary>
public sealed class BodyRenderer(MarkdownPipeline pipeline, Lazy<HtmlSanitizer> sanitizer)
{
    /// <summary>A renderer whose sanitizer is already built.</summary>
    public BodyRenderer(MarkdownPipeline pipeline, HtmlSanitizer sanitizer) : this(pipeline, new Lazy<HtmlSanitizer>(sanitizer))
    {
    }

    [ThreadStatic] private static Stack<Block>? t_blocks;
    [ThreadStatic] private static Stack<Inline>? t_inlines;

    public RenderedBody Render(string markdown, BodyContext context)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        DropRepeatedTitle(document, context.Title);
        var assets = new List<AssetCopy>();
        var hasRawHtml = false;
        // One explicit walk over blocks and inlines (Markdig's Descendants() allocates an iterator per level), on
        // stacks the thread reuses; the walk empties them, and Pop clears each slot, so they hold no document.
        var blocks = t_blocks ??= new Stack<Block>(64);
        blocks.Clear();
        blocks.Push(document);
        var inlines = t_inlines ??= new Stack<Inline>(64);
        inlines.Clear();
        while (blocks.Count > 0)
        {
            var block = blocks.Pop();
            if (block is HtmlBlock) hasRawHtml = true;
            // A code block scrolls sideways on a phone: it takes keyboard focus so it can be scrolled without a mouse.
            if (block is CodeBlock) block.GetAttributes().AddProperty("tabindex", "0");
            if (block is HeadingBlock heading)
            {
                // The page's one <h1> is the credential's title: the body's headings sit a level below it.
                // Ids were assigned at parse time, so anchors and links to them survive the shift.
                heading.Level = Math.Min(6, heading.Level + 1);
                AddAnchor(heading, context.AnchorLabel);
            }
            if (block is ContainerBlock container)
            {
                for (var i = container.Count - 1; i >= 0; i--) blocks.Push(container[i]);
            }
            else if (block is LeafBlock { Inline: { } root })
            {
                inlines.Push(root);
                while (inlines.Count > 0)
                {
                    var inline = inlines.Pop();
                    switch (inline)
                    {
                        case LinkInline link:
                            CheckLink(link, context, assets);
                            break;
                        case AutolinkInline autolink:
                            if (!autolink.IsEmail && !UrlPolicy.IsSafe(autolink.Url)) autolink.Url = UrlPolicy.Blocked;
                            break;
                        case HtmlInline:
                            hasRawHtml = true;
                            break;
                    }
                    if (inline is ContainerInline children)
                    {
                        for (var child = children.LastChild; child is not null; child = child.PreviousSibling) inlines.Push(child);
                    }
                }
            }
        }

        // Only raw HTML needs the sanitizer, which works on a string; anything else stays a syntax tree that the
        // pipeline's pooled renderer writes straight into the page (RenderedBody.WriteTo).
        if (!hasRawHtml) return RenderedBody.FromDocument(document, pipeline, assets);
        var html = Markdig.Markdown.ToHtml(document, pipeline);
        return RenderedBody.FromHtml(context.AllowUnsafeHtml ? html : sanitizer.Value.Sanitize(html), assets, hadRawHtml: true);
    }

    /// <summary>
    /// A body that opens with the page's own title as a heading (what `new` and `import` used to write) would show it
    /// twice, h1 then h2: that first heading is dropped. Compared as text, case and spacing aside.
    /// </summary>
    private static void DropRepeatedTitle(MarkdownDocument document, string? title)
    {
        if (title is null || document.Count == 0 || document[0] is not HeadingBlock { Inline: { } inline }) return;
        if (Collapse(PlainText(inline)).Equals(Collapse(title), StringComparison.OrdinalIgnoreCase)) document.RemoveAt(0);
    }

    private static string PlainText(ContainerInline container)
    {
        var text = new System.Text.StringBuilder();
        foreach (var inline in container.Descendants())
        {
            if (inline is LiteralInline literal) text.Append(literal.Content.AsSpan());
            else if (inline is CodeInline code) text.Append(code.Content);
        }
        return text.ToString();
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A "#" link at the end of a heading, to its own id, so a section can be linked to (shown on hover and focus).</summary>
    private static void AddAnchor(HeadingBlock heading, string label)
    {
        if (heading.GetAttributes().Id is not { Length: > 0 } id || heading.Inline is null) return;
        var anchor = new LinkInline("#" + id, string.Empty);
        anchor.AppendChild(new LiteralInline("#"));
        var attributes = anchor.GetAttributes();
        attributes.AddClass("anchor");
        attributes.AddProperty("aria-label", label);
        heading.Inline.AppendChild(new LiteralInline(" "));
        heading.Inline.AppendChild(anchor);
    }

    private static void CheckLink(LinkInline link, BodyContext context, List<AssetCopy> assets)
    {
        if (link.GetDynamicUrl is { } dynamic)
        {
            link.Url = dynamic();
            link.GetDynamicUrl = null;
        }
        var url = link.Url;
        if (string.IsNullOrEmpty(url)) return;
        if (!UrlPolicy.IsSafe(url))
        {
            link.Url = UrlPolicy.Blocked;
            return;
        }
        if (link.IsImage && !UrlPolicy.IsHttp(url) && !url.StartsWith('#') && !url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            link.Url = context.MapImage(url, assets);
            return;
        }
        if (UrlPolicy.IsRootRelative(url)) link.Url = context.BasePath + url[1..];
    }
}

/// <summary>What a body render needs to know about its document and the site.</summary>
/// <param name="title">The page's title: a first body heading repeating it is not shown (null: keep every heading).</param>
/// <param name="anchorLabel">The accessible name of a heading's "#" link, in the page's language (<c>body.anchor</c>).</param>
public sealed class BodyContext(AssetPolicy publishing, string? documentDirectory, string basePath, bool allowUnsafeHtml, string? title = null, string anchorLabel = "Link to this section")
{
    public string BasePath => basePath;
    public bool AllowUnsafeHtml => allowUnsafeHtml;
    public string? Title => title;
    public string AnchorLabel => anchorLabel;

    /// <summary>
    /// The site URL of an image the build may publish, registering its copy; <c>#</c> for anything it may not
    /// (outside the portfolio, hidden, a source or configuration file, a generated path, an SVG that runs script).
    /// </summary>
    public string MapImage(string url, List<AssetCopy> copies)
    {
        var verdict = publishing.Check(url, UrlPolicy.IsRootRelative(url) ? null : documentDirectory);
        if (verdict.Refusal is not null || verdict.Resolution == AssetResolution.Outside || verdict.SitePath is null) return UrlPolicy.Blocked;
        if (verdict.IsPublishable) copies.Add(new AssetCopy(verdict.SitePath, verdict.FullPath!));
        return basePath + verdict.SitePath;
    }
}
