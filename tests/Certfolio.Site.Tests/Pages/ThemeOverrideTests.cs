using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Pages;

public sealed class ThemeOverrideTests
{
    [Fact]
    public void A_template_in_the_portfolio_theme_folder_replaces_the_default_one()
    {
        // Given a theme/templates/card.liquid that prints the title and an unknown front matter key
        using var portfolio = TestPortfolio.Copy("basic");
        portfolio.Write("theme/templates/card.liquid",
            "<article class=\"mine\" data-slug=\"{{ credential.slug }}\">{{ credential.title }} @ {{ credential.extra.employer }}</article>");
        portfolio.Write("theme/assets/extra.css", "body{}");

        // When it is built
        var (result, site) = portfolio.Build();

        // Then every list uses the new card, the other templates stay, and the extra asset is published
        Assert.True(result.Succeeded);
        var card = TestPortfolio.Html(site, "index.html").QuerySelector("article.mine[data-slug=aws-devops]")!;
        Assert.Equal("AWS Certified DevOps Engineer - Professional @ Acme", card.TextContent);
        Assert.NotNull(TestPortfolio.Html(site, "certifications/aws-devops/index.html").QuerySelector("a.verify"));
        Assert.Equal("body{}", site.Text("assets/extra.css"));
    }

    [Fact]
    public void Values_are_html_encoded_even_in_a_custom_template()
    {
        using var portfolio = TestPortfolio.Copy("hostile");
        portfolio.Write("theme/templates/card.liquid", "<p class=\"t\">{{ credential.title }}</p><p class=\"x\">{{ credential.extra.custom }}</p>");

        var (_, site) = portfolio.Build();

        var home = TestPortfolio.Html(site, "index.html");
        Assert.Equal("<script>alert('extra')</script>", home.QuerySelector("p.x")!.TextContent);
        Assert.Empty(home.QuerySelectorAll("p.x script"));
    }

    [Fact]
    public void The_url_filter_turns_unsafe_schemes_into_a_fragment()
    {
        using var portfolio = TestPortfolio.Copy("hostile");
        portfolio.Write("theme/templates/card.liquid", "<a class=\"l\" href=\"{{ credential.level | url }}\">x</a>");

        var (_, site) = portfolio.Build();

        Assert.Equal("#", TestPortfolio.Html(site, "index.html").QuerySelector("a.l")!.GetAttribute("href"));
    }

    [Fact]
    public void A_template_syntax_error_fails_the_build_with_its_position()
    {
        using var portfolio = TestPortfolio.Copy("basic");
        portfolio.Write("theme/templates/card.liquid", "<p>\n{% for x in %}</p>");

        var (result, site) = portfolio.Build();

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CF0402", diagnostic.Id);
        Assert.Equal("theme/templates/card.liquid", diagnostic.Location.FilePath);
        Assert.Equal(2, diagnostic.Location.Line);
        Assert.Empty(site.Files);
    }

    [Fact]
    public void A_custom_template_can_print_the_body_twice_and_use_it_as_a_string()
    {
        // Given a credential template that prints the body, prints it again, and reads it as a string value
        using var portfolio = TestPortfolio.Copy("basic");
        portfolio.Write("theme/templates/credential.liquid",
            "<div class=\"a\">{{ credential.body }}</div><div class=\"b\">{{ credential.body }}</div>"
            + "<p class=\"size\">{{ credential.body.size }}</p><p class=\"text\">{{ credential.body | strip_html | strip }}</p>"
            + "<p class=\"empty\">{% if credential.body == \"\" %}empty{% else %}full{% endif %}</p>");

        // When it is built
        var (result, site) = portfolio.Build();

        // Then both copies are the same HTML, and the string value is that HTML
        Assert.True(result.Succeeded);
        var page = TestPortfolio.Html(site, "certifications/aws-devops/index.html");
        var first = page.QuerySelector("div.a")!.InnerHtml;
        Assert.Contains("<h2", first, StringComparison.Ordinal);
        Assert.Equal(first, page.QuerySelector("div.b")!.InnerHtml);
        var raw = site.Text("certifications/aws-devops/index.html");
        var printed = raw[(raw.IndexOf("<div class=\"a\">", StringComparison.Ordinal) + 15)..raw.IndexOf("</div><div class=\"b\">", StringComparison.Ordinal)];
        Assert.Equal(printed.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("p.size")!.TextContent);
        Assert.Equal(page.QuerySelector("div.a")!.TextContent.Trim(), page.QuerySelector("p.text")!.TextContent);
        Assert.Equal("full", page.QuerySelector("p.empty")!.TextContent);
    }
}
