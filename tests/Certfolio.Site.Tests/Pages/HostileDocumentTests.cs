using AngleSharp.Dom;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Pages;

public sealed class HostileDocumentTests
{
    private static readonly string[] Pages = ["index.html", "certifications/evil/index.html", "skills/index.html", "providers/index.html"];

    [Fact]
    public void Nothing_from_a_hostile_document_can_execute()
    {
        // Given a document with script in every field, javascript: links, attribute syntax, raw HTML and an autolink
        using var portfolio = TestPortfolio.Copy("hostile");

        // When it is built
        var (result, site) = portfolio.Build();

        // Then no page has a script other than our own file and JSON-LD, no event handler attribute,
        // no executable URL, no iframe
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pages = site.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToArray();
        Assert.Superset(Pages.ToHashSet(), pages.ToHashSet());
        foreach (var path in pages)
        {
            var document = TestPortfolio.Html(site, path);
            foreach (var script in document.QuerySelectorAll("script"))
            {
                var ours = script.GetAttribute("src") == "/assets/site.js" || script.GetAttribute("type") == "application/ld+json";
                Assert.True(ours, $"{path}: {script.OuterHtml}");
            }
            Assert.Empty(document.QuerySelectorAll("iframe, object, embed"));
            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"{path}: {element.LocalName} {attribute.Name}");
                    if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href")
                        Assert.DoesNotMatch("^\\s*(javascript|data|vbscript):", attribute.Value.ToLowerInvariant());
                }
            }
        }
    }

    [Fact]
    public void Front_matter_values_appear_as_text()
    {
        using var portfolio = TestPortfolio.Copy("hostile");

        var (_, site) = portfolio.Build();

        var page = TestPortfolio.Html(site, "certifications/evil/index.html");
        Assert.Equal("<script>alert('title')</script>Evil", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("</script><script>alert('id')</script>", page.QuerySelector("#credential-id")!.TextContent);
        Assert.StartsWith("<script>alert('title')</script>Evil", page.Title);
        Assert.Equal("<img src=x onerror=alert(1)>", page.QuerySelector(".provider a")!.TextContent);
    }

    [Fact]
    public void Markdown_attribute_syntax_and_unsafe_link_schemes_are_neutralised()
    {
        using var portfolio = TestPortfolio.Copy("hostile");

        var (_, site) = portfolio.Build();

        var prose = TestPortfolio.Html(site, "certifications/evil/index.html").QuerySelector("section.prose")!;
        var hrefs = prose.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.All(hrefs, href => Assert.True(href is null or "#", href));
        Assert.Contains("{onerror=alert('attr')}", prose.TextContent, StringComparison.Ordinal);
        Assert.Null(prose.QuerySelector("img[onerror]"));
    }

    [Fact]
    public void The_search_index_and_json_ld_escape_angle_brackets()
    {
        using var portfolio = TestPortfolio.Copy("hostile");

        var (_, site) = portfolio.Build();

        Assert.DoesNotContain("<", site.Text("search.json"), StringComparison.Ordinal);
        var page = site.Text("certifications/evil/index.html");
        var start = page.IndexOf("application/ld+json\">", StringComparison.Ordinal);
        var end = page.IndexOf("</script>", start, StringComparison.Ordinal);
        Assert.DoesNotContain("<", page[(start + 21)..end], StringComparison.Ordinal);
    }
}
