using Certfolio.Core.Model;
using Certfolio.Core.Text;

namespace Certfolio.Core.Tests.Binding;

/// <summary>The compact map of where each canonical key's value starts behaves as a read-only dictionary.</summary>
public sealed class KeyPositionsTests
{
    [Fact]
    public void Answers_as_a_dictionary_and_grows_past_its_first_size()
    {
        // Given a map sized for one key, given three, the first of them twice
        var positions = new KeyPositions(1);
        positions.Set("title", new LinePosition(2, 8));
        positions.Set("date", new LinePosition(3, 7));
        positions.Set("provider", new LinePosition(4, 11));
        positions.Set("title", new LinePosition(9, 8));

        // Then it holds three keys, the last position set for each, and nothing else
        Assert.Equal(3, positions.Count);
        Assert.Equal(new LinePosition(9, 8), positions["title"]);
        Assert.True(positions.TryGetValue("provider", out var provider));
        Assert.Equal(new LinePosition(4, 11), provider);
        Assert.False(positions.ContainsKey("Title"));
        Assert.False(positions.TryGetValue("logo", out _));
        Assert.Throws<KeyNotFoundException>(() => positions["logo"]);
        Assert.Equal(["title", "date", "provider"], positions.Keys);
    }
}
