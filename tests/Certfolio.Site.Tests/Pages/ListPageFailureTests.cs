using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Pages;

public sealed class ListPageFailureTests
{
    [Fact]
    public void A_home_template_that_fails_while_rendering_fails_the_build_with_a_diagnostic_naming_it()
    {
        // Given a home template that includes a partial the theme does not have (only found out while rendering)
        using var portfolio = TestPortfolio.Copy("basic");
        portfolio.Write("theme/templates/home.liquid", "<h1>Home</h1>{% include 'no-such-partial' %}");

        // When it is built (the list pages render side by side)
        var (result, _) = portfolio.Build();

        // Then the build fails with CF0403 for the home template, not with an exception
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == SiteDescriptors.TemplateRender.Id);
        Assert.Contains("'home'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("a list page", diagnostic.Message, StringComparison.Ordinal);
    }
}
