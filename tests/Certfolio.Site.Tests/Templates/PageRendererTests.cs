using System.Text;
using Certfolio.Site.Templates;

namespace Certfolio.Site.Tests.Templates;

public sealed class PageRendererTests
{
    [Fact]
    public void A_surrogate_pair_split_across_two_buffer_chunks_encodes_as_one_character()
    {
        // Given a buffer whose first chunk ends between the two halves of an emoji
        var buffer = new StringBuilder(16);
        buffer.Append(new string('x', 15) + "\U0001F600 done");
        var chunks = 0;
        foreach (var _ in buffer.GetChunks()) chunks++;
        Assert.True(chunks > 1);

        // When it is encoded
        byte[]? bytes = null;
        PageRenderer.Utf8(buffer, utf8 => bytes = utf8.ToArray());

        // Then the bytes are the UTF-8 of the whole text
        Assert.Equal(Encoding.UTF8.GetBytes(buffer.ToString()), bytes);
    }
}
