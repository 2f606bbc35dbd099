using Certfolio.Site.Publishing;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Integration;

/// <summary>The theme overlay is read through the portfolio's file system, like documents and assets.</summary>
public sealed class InMemoryThemeTests
{
    [Fact]
    public void A_theme_folder_of_an_in_memory_portfolio_overrides_the_default()
    {
        // Given a portfolio that exists only in memory, with its own card template and German words
        var portfolio = InMemoryPortfolio.Parse("""
            -- certfolio.yaml --
            title: Mine
            baseUrl: https://example.org/
            -- certifications/cka.md --
            ---
            title: CKA
            date: 2024-01-15
            provider: CNCF
            ---
            Body.
            -- theme/templates/card.liquid --
            <article class="my-card" data-slug="{{ credential.slug }}">{{ credential.title }}</article>
            """);

        // When it is built
        var site = new MemorySiteWriter();
        var result = TestPortfolio.Builder.Build(portfolio.Load(), portfolio.Options(), site);

        // Then the home page uses the overlay's card, read from that file system, not from disk
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("<article class=\"my-card\" data-slug=\"cka\">CKA</article>", site.Text("index.html"), StringComparison.Ordinal);
    }
}
