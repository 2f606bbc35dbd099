using Certfolio.Core.Validation;

namespace Certfolio.Core.Tests.Validation;

/// <summary>Finding a body's images, with the file positions diagnostics point at.</summary>
public sealed class BodyImagesTests
{
    [Fact]
    public void Finds_each_image_at_its_file_line_and_the_column_of_its_url()
    {
        // Given a body starting on line 12, with prose, inline code and two images
        const string body = "# Title\n\nSome `code` and an exclamation!\n![Badge](/logos/a.png)\n\nText ![second](img/b.svg \"t\") after.\n";

        // When its images are found
        var images = BodyImagesRule.FindImages(body, bodyStartLine: 12);

        // Then both are found on lines 15 and 17, at the first character of each URL
        Assert.Equal([("/logos/a.png", 15, 10), ("img/b.svg", 17, 16)], images);
    }

    [Fact]
    public void Skips_images_inside_fenced_code_until_the_same_fence_closes_it()
    {
        // Given images inside a ``` block (which a ~~~ line does not close), inside a ~~~ block, and after both
        const string body = "```\n![a](a.png)\n~~~\n![b](b.png)\n```\n~~~md\n![c](c.png)\n~~~\n![d](d.png)\n";

        // When its images are found
        var images = BodyImagesRule.FindImages(body, bodyStartLine: 1);

        // Then only the last one is, on line 9
        Assert.Equal([("d.png", 9, 6)], images);
    }

    [Fact]
    public void Counts_lines_in_a_body_with_windows_line_endings()
    {
        // Given a CRLF body whose image follows indented and blank lines
        const string body = "intro\r\n\r\n  indented\r\n\r\n![x](x.png)\r\nend";

        // When its images are found
        var images = BodyImagesRule.FindImages(body, bodyStartLine: 7);

        // Then the image is on line 11
        Assert.Equal([("x.png", 11, 6)], images);
    }

    [Fact]
    public void Finds_nothing_in_a_body_without_images()
    {
        Assert.Empty(BodyImagesRule.FindImages("No images here! Only `code`, ~tildes~ and\n```\nfences\n```\n", bodyStartLine: 3));
    }

    [Fact]
    public void Finds_an_image_whose_link_continues_on_the_next_lines_of_its_paragraph()
    {
        // Given an image whose alt text wraps, so its URL is two lines below the "![" (the site renders it)
        const string body = "Intro.\n\n![a badge\nthat wraps](\n../.env)\nstill the paragraph\n\n![next](n.png)\n";

        // When its images are found
        var images = BodyImagesRule.FindImages(body, bodyStartLine: 5);

        // Then it is found at its URL, on the line and column where the URL starts, and the next paragraph's too
        Assert.Equal([("../.env", 9, 1), ("n.png", 12, 9)], images);
    }

    [Fact]
    public void Reads_images_in_the_dialect_the_site_renders()
    {
        // Given an image inside inline math, which the site's dialect renders as math, not as an image
        const string body = "Formula $![a](x.png)$ here.\n";

        // When its images are found
        Assert.Empty(BodyImagesRule.FindImages(body, bodyStartLine: 1));
    }
}
