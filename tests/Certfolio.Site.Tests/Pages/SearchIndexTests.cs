using Certfolio.Site.Pages;
using FsCheck;
using FsCheck.Xunit;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Pages;

/// <summary>
/// <c>search.json</c> is fetched and parsed before the visitor's first answer, so it is written compactly: each word once
/// at its head, one array per credential with words as numbers, and no slug where the page's script derives it from the title.
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
        using var written = System.Text.Json.JsonDocument.Parse(site.Files["search.json"]);
        var slugs = written.RootElement.GetProperty("entries").EnumerateArray().Select(e => e[0].GetString()).ToArray();
        Assert.Equal("", slugs[Array.IndexOf(cards, "terraform-associate-003")]);
        Assert.Equal("-2", slugs[Array.IndexOf(cards, "terraform-associate-003-2")]);
        Assert.Equal("gestion-de-proyectos", slugs[Array.IndexOf(cards, "gestion-de-proyectos")]);
    }

    [Property(MaxTest = 500)]
    public bool Word_numbers_read_back_as_written_in_characters_json_leaves_as_they_are(NonNegativeInt[] numbers)
    {
        var text = Written(numbers.Select(n => n.Get));
        return SearchNumbers.Read(text).SequenceEqual(numbers.Select(n => n.Get))
            && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
    }

    [Fact]
    public void Word_numbers_take_a_character_up_to_31_two_up_to_1023_and_the_largest_int_seven()
    {
        Assert.Equal(["0", "V", "X0", "_V", "X_____V"], new[] { 0, 31, 32, 1023, int.MaxValue }.Select(n => Written([n])).ToArray());
        Assert.Throws<FormatException>(() => SearchNumbers.Read("W"));
        Assert.Throws<FormatException>(() => SearchNumbers.Read("0!"));
    }

    private static string Written(IEnumerable<int> numbers)
    {
        var bytes = new List<byte>();
        var one = new byte[SearchNumbers.MaxLength];
        foreach (var number in numbers) bytes.AddRange(one.AsSpan(0, SearchNumbers.Write(number, one)).ToArray());
        return System.Text.Encoding.ASCII.GetString(bytes.ToArray());
    }

    [Fact]
    public void A_word_every_entry_has_is_written_once_and_each_entry_keeps_every_description_word()
    {
        // Given forty credentials that share most words of their descriptions
        using var portfolio = TestPortfolio.Copy("basic");
        for (var i = 0; i < 40; i++)
        {
            portfolio.Write($"certifications/cert-{i}.md",
                $"---\ntitle: \"Cloud Practitioner {i}\"\ndate: \"2024-05-01\"\nprovider: \"Acme\"\ndescription: \"Validates expertise in storage and networking, level {i}.\\nSecond line\"\n---\n");
        }

        // When the site is built
        var (result, site) = portfolio.Build();

        // Then "Validates" is in the file once, and every entry reads back with its description's words, the title's left out
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var text = System.Text.Encoding.UTF8.GetString(site.Files["search.json"]);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "Validates"));
        var entry = SearchIndex.Read(site).Single(e => e.Title == "Cloud Practitioner 7");
        Assert.Equal(["Validates", "expertise", "in", "storage", "and", "networking,", "level", "7.", "Second", "line"], entry.DescriptionWords);
        Assert.Equal("2024-05-01", entry.Issued);
        Assert.Equal("acme", entry.Provider);
    }
}
