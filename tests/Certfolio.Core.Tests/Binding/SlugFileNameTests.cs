using Certfolio.Core.Model;

namespace Certfolio.Core.Tests.Binding;

/// <summary>File names of new documents stay short enough for every file system, however long the title.</summary>
public sealed class SlugFileNameTests
{
    private static readonly string LongTitle = string.Join(' ', Enumerable.Repeat("Very long certification title words", 8)) + " end";

    [Fact]
    public void A_290_character_title_becomes_a_name_of_at_most_100_characters_cut_at_a_word()
    {
        var name = Slug.ForFileName(LongTitle);

        Assert.True(LongTitle.Length > 280);
        Assert.Equal("very-long-certification-title-words-very-long-certification-title-words-very-long-certification", name);
        Assert.True(name.Length <= Slug.MaxFileNameLength);
        Assert.Equal(name, Slug.ForFileName(LongTitle));
    }

    [Fact]
    public void A_single_word_longer_than_the_limit_is_cut_at_the_limit()
    {
        Assert.Equal(new string('a', Slug.MaxFileNameLength), Slug.ForFileName(new string('a', 300)));
    }

    [Theory]
    [InlineData("AWS DevOps Professional", "aws-devops-professional")]
    [InlineData("C#", "c-sharp")]
    public void A_short_title_gives_the_same_name_as_its_slug(string title, string expected)
    {
        Assert.Equal(expected, Slug.ForFileName(title));
    }
}
