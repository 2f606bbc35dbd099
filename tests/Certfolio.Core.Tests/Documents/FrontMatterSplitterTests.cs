using Certfolio.Core.Diagnostics;
using Certfolio.Core.Documents;
using Certfolio.Core.Text;

namespace Certfolio.Core.Tests.Documents;

/// <summary>Where the front matter block ends and the body begins, at the edges of a text.</summary>
public sealed class FrontMatterSplitterTests
{
    [Theory]
    [InlineData("---\ntitle: A\n---\nBody\n", "title: A\n", 17, 4)]
    [InlineData("---\r\ntitle: A\r\n---  \r\nBody", "title: A\r\n", 22, 4)]
    [InlineData("---\ntitle: A\n...\n", "title: A\n", 17, 4)]
    [InlineData("---\ntitle: A\n---", "title: A\n", 16, 4)]
    [InlineData("---\n---\n", "", 8, 3)]
    [InlineData("+++\ntitle = 'A'\n+++\n\nBody", "title = 'A'\n", 20, 4)]
    public void Splits_the_block_from_the_body_whatever_the_line_endings_and_the_last_line(string text, string block, int bodyOffset, int bodyStartLine)
    {
        // Given a document, when its front matter is split off
        var split = FrontMatterSplitter.Split(new SourceText(text), "a.md", DocumentLimits.Default, new DiagnosticBag());

        // Then the block holds the lines between the fences, and the body starts after the closing one
        Assert.NotNull(split);
        Assert.Equal((block, 2, bodyOffset, bodyStartLine), (split.Text, split.FirstLine, split.BodyOffset, split.BodyStartLine));
    }

    [Theory]
    [InlineData("---")]
    [InlineData("---\n")]
    [InlineData("---\ntitle: A\n+++\n")]
    public void Reports_a_block_that_never_closes(string text)
    {
        // Given a document whose fence is never closed by its own kind, when it is split
        var diagnostics = new DiagnosticBag();
        var split = FrontMatterSplitter.Split(new SourceText(text), "a.md", DocumentLimits.Default, diagnostics);

        // Then there is no block, and the diagnostic says so
        Assert.Null(split);
        Assert.Equal(Descriptors.UnclosedFrontMatter, Assert.Single(diagnostics.Items).Descriptor);
    }
}
