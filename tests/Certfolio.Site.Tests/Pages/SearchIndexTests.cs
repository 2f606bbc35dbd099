using Certfolio.Site.Pages;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Pages;

/// <summary>
/// <c>search.json</c> is fetched and parsed before the visitor's first answer, so it is written compactly: one array per
/// credential, and no slug where the page's script derives it from the title.
/// </summary>
public sealed class SearchIndexTests
{
    [Theory]
    [InlineData("terraform-associate-003", "Terraform Associate (003)", "")]
    [InlineData("terraform-associate-003-2", "Terraform Associate (003)", "-2")]
    [InlineData("cka", "Certified Kubernetes Administrator", "cka")]
    [InlineData("comptia-security-plus-ce", "CompTIA Security+ ce", "comptia-security-plus-ce")]
    [InlineData("gestion-de-proyectos", "Gestión de proyectos", "gestion-de-proyectos")]
    [InlineData("untitled", "***", "untitled")]
    [InlineData("terraform-associate", "Terraform Associate (003)", "terraform-associate")]
    public void Leaves_out_a_slug_the_script_derives_from_the_title(string slug, string title, string written)
    {
        Assert.Equal(written, SiteFiles.SlugInIndex(slug, title));
    }

    [Fact]
    public void Every_entry_reads_back_as_its_credential()
    {
        // Given documents whose slugs are their titles' (once with a second of the same title), or not, or whose titles are not ASCII
        using var portfolio = TestPortfolio.Copy("basic");
        foreach (var (file, title) in new[]
                 {
                     ("terraform-associate-003", "Terraform Associate (003)"), ("terraform-associate-003-2", "Terraform Associate (003)"),
                     ("comptia-security-plus-ce", "CompTIA Security+ ce"), ("gestion-de-proyectos", "Gestión de proyectos"), ("c-sharp", "C# Developer"),
                 })
        {
            portfolio.Write($"certifications/{file}.md", $"---\ntitle: \"{title}\"\ndate: \"2024-05-01\"\nprovider: \"Acme\"\n---\n");
        }

        // When the site is built
        var (result, site) = portfolio.Build();

        // Then the index, read as the script reads it, has every credential's slug, title and provider, in list order
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var cards = TestPortfolio.Html(site, "index.html").QuerySelectorAll("article.card").Select(c => c.GetAttribute("data-slug")).ToArray();
        var index = SearchIndex.Read(site);
        Assert.Equal(cards, index.Select(e => e.Slug).ToArray());
        Assert.Equal("C# Developer", index.Single(e => e.Slug == "c-sharp").Title);
        Assert.Equal("acme", index.Single(e => e.Slug == "terraform-associate-003-2").Provider);
        // And it wrote the slugs the script can derive as nothing, or as what follows the title's
        var written = System.Text.Encoding.UTF8.GetString(site.Files["search.json"]);
        Assert.Contains("[\"\",\"Terraform Associate (003)\"", written, StringComparison.Ordinal);
        Assert.Contains("[\"-2\",\"Terraform Associate (003)\"", written, StringComparison.Ordinal);
    }
}
