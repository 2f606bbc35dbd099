using AngleSharp.Html.Parser;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Publishing;
using Certfolio.Site.Markdown;

namespace Certfolio.Site.Tests.Markdown;

public sealed class BodyRendererTests
{
    private static readonly BodyRenderer Renderer = new(SafeMarkdown.CreatePipeline(), SafeMarkdown.CreateSanitizer());
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "certfolio-body-tests");

    private static RenderedBody Render(string markdown, bool unsafeHtml = false, string basePath = "/", string? title = null) =>
        Renderer.Render(markdown, new BodyContext(new AssetPolicy(new AssetResolver(Path.Combine(Root, "public"), Root, PhysicalFileSystem.Instance), Root, new GeneratedSitePaths([])), Root, basePath, unsafeHtml, title));

    [Theory]
    [InlineData("# AWS Certified DevOps Engineer - Professional\n\nBody text.\n")]
    [InlineData("#   aws certified  devops engineer - professional  \n\nBody text.\n")]
    [InlineData("AWS Certified DevOps Engineer - Professional\n===\n\nBody text.\n")]
    public void A_first_heading_repeating_the_title_is_not_shown_twice(string markdown)
    {
        // Given a body that opens with the credential's own title, as `new` and `import` used to write it
        // When it is rendered for that credential's page
        var document = new HtmlParser().ParseDocument(Render(markdown, title: "AWS Certified DevOps Engineer - Professional").Html);

        // Then the heading is gone and the text stays
        Assert.Null(document.QuerySelector("h2"));
        Assert.Equal("Body text.", document.QuerySelector("p")!.TextContent);
    }

    [Theory]
    [InlineData("# Old title\n\nBody text.\n")]
    [InlineData("Intro.\n\n# AWS Certified DevOps Engineer - Professional\n")]
    public void Other_headings_and_a_title_heading_further_down_stay(string markdown)
    {
        var document = new HtmlParser().ParseDocument(Render(markdown, title: "AWS Certified DevOps Engineer - Professional").Html);

        Assert.NotNull(document.QuerySelector("h2"));
    }

    [Fact]
    public void Generic_attribute_syntax_stays_text()
    {
        var body = Render("![x](https://example.com/a.png){onerror=alert(1)}\n\n# Title {#custom .cls onclick=x}");

        var document = new HtmlParser().ParseDocument(body.Html);
        Assert.False(document.QuerySelector("img")!.HasAttribute("onerror"));
        Assert.Null(document.QuerySelector("[onclick]"));
        Assert.Contains("{onerror=alert(1)}", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Unsafe_link_and_autolink_targets_become_fragments()
    {
        var body = Render("[a](javascript:alert(1)) [b](&#106;avascript:alert(1)) <javascript:alert(1)> [c][r]\n\n[r]: vbscript:x");

        var hrefs = new HtmlParser().ParseDocument(body.Html).QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Equal(["#", "#", "#", "#"], hrefs);
        Assert.False(body.HadRawHtml);
    }

    [Fact]
    public void Links_nested_in_tables_lists_quotes_footnotes_and_emphasis_are_checked_too()
    {
        var body = Render("| a |\n|---|\n| [t](javascript:1) |\n\n- > **[q](javascript:2)**\n\nNote[^1]\n\n[^1]: [f](javascript:3)\n\n::: box\n[c](javascript:4)\n:::\n");

        var hrefs = new HtmlParser().ParseDocument(body.Html).QuerySelectorAll("a")
            .Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith("#fn", StringComparison.Ordinal)).ToArray();
        Assert.Equal(4, hrefs.Length);
        Assert.All(hrefs, h => Assert.Equal("#", h));
    }

    [Fact]
    public void Headings_drop_one_level_below_the_page_title_and_keep_their_anchor_links()
    {
        // Given a body with a level-1 title, a section and a deep heading
        var markdown = "# Title\n\n## Exam domains\n\n###### Deepest\n\ntext";

        // When it is rendered
        var document = new HtmlParser().ParseDocument(Render(markdown).Html);

        // Then # becomes h2, ## h3, and ###### stays h6; every heading keeps its id and links to it
        Assert.Null(document.QuerySelector("h1"));
        Assert.Equal("Title", document.QuerySelector("h2#title")!.FirstChild!.TextContent.Trim());
        var anchor = document.QuerySelector("h3#exam-domains a.anchor")!;
        Assert.Equal("#exam-domains", anchor.GetAttribute("href"));
        Assert.Equal("Link to this section", anchor.GetAttribute("aria-label"));
        Assert.Equal("#deepest", document.QuerySelector("h6#deepest a.anchor")!.GetAttribute("href"));
    }

    [Fact]
    public void Raw_html_is_sanitized_and_flagged()
    {
        var body = Render("<img src=\"x.png\" onerror=\"alert(1)\">\n\n<p id=\"keep\" class=\"k\">text <script>alert(2)</script></p>");

        Assert.True(body.HadRawHtml);
        var document = new HtmlParser().ParseDocument(body.Html);
        Assert.Null(document.QuerySelector("script"));
        Assert.False(document.QuerySelector("img")!.HasAttribute("onerror"));
        Assert.Equal("k", document.QuerySelector("p#keep")!.ClassName);
    }

    [Fact]
    public void Unsafe_html_opt_out_keeps_raw_html_but_still_checks_markdown_links()
    {
        var body = Render("<mark class=\"x\">kept</mark> [a](javascript:alert(1))", unsafeHtml: true);

        Assert.Contains("<mark class=\"x\">kept</mark>", body.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"#\"", body.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Root_relative_links_get_the_base_path_and_external_ones_stay()
    {
        var body = Render("[a](/about/) [b](https://example.com/) [c](#top) [d](mailto:a@b.c)", basePath: "/certs/");

        var hrefs = new HtmlParser().ParseDocument(body.Html).QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Equal(["/certs/about/", "https://example.com/", "#top", "mailto:a@b.c"], hrefs);
    }

    [Fact]
    public void Images_outside_the_portfolio_are_not_referenced()
    {
        var body = Render("![a](../../../etc/passwd) ![b](/logos/../../../secret.png)");

        var sources = new HtmlParser().ParseDocument(body.Html).QuerySelectorAll("img").Select(i => i.GetAttribute("src")).ToArray();
        Assert.All(sources, s => Assert.Equal("#", s));
        Assert.Empty(body.Assets);
    }
}
