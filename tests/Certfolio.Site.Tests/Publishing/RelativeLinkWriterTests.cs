using System.Text;
using Certfolio.Site.Publishing;

namespace Certfolio.Site.Tests.Publishing;

public sealed class RelativeLinkWriterTests
{
    [Theory]
    [InlineData("index.html", "<a href=\"/skills/\">", "<a href=\"./skills/\">")]
    [InlineData("certifications/x/index.html", "<link href=\"/assets/site.css\"><img src=\"/logos/a.svg\">", "<link href=\"../../assets/site.css\"><img src=\"../../logos/a.svg\">")]
    [InlineData("skills/index.html", "<body data-base=\"/\">", "<body data-base=\"../\">")]
    [InlineData("index.html", "<a href=\"//cdn.example.org/x\"> <a href=\"https://x.org/\"> <a href=\"#top\">", "<a href=\"//cdn.example.org/x\"> <a href=\"https://x.org/\"> <a href=\"#top\">")]
    public void Makes_root_relative_attribute_values_relative_to_the_page(string sitePath, string html, string expected)
    {
        var memory = new MemorySiteWriter();

        new RelativeLinkWriter(memory).Write(sitePath, Encoding.UTF8.GetBytes(html));

        Assert.Equal(expected, memory.Text(sitePath));
    }

    [Theory]
    [InlineData("404.html")]
    [InlineData("feed.xml")]
    [InlineData("search.json")]
    public void Leaves_the_404_page_and_other_files_as_written(string sitePath)
    {
        var memory = new MemorySiteWriter();

        new RelativeLinkWriter(memory).Write(sitePath, "<a href=\"/x/\">"u8);

        Assert.Equal("<a href=\"/x/\">", memory.Text(sitePath));
    }
}
