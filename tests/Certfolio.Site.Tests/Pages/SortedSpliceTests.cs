using Certfolio.Site.Incremental;
using Certfolio.Site.Pages;

namespace Certfolio.Site.Tests.Pages;

public sealed class SortedSpliceTests
{
    private static readonly IComparer<string> ByText = StringComparer.Ordinal;

    [Fact]
    public void Splicing_random_moves_gives_what_sorting_again_gives()
    {
        // Given a sorted list of distinct items
        var random = new Random(7);
        var items = Enumerable.Range(0, 500).Select(i => $"item-{random.Next(1_000_000):D7}-{i}").ToList();
        var sorted = items.Order(ByText).ToArray();

        for (var round = 0; round < 200; round++)
        {
            // When a few items leave and a few new ones enter
            var leaving = sorted.OrderBy(_ => random.Next()).Take(random.Next(0, 4)).ToArray();
            var entering = Enumerable.Range(0, random.Next(0, 4)).Select(i => $"item-{random.Next(1_000_000):D7}-new{round}-{i}").ToArray();
            var spliced = SortedSplice.Apply(sorted, leaving, entering, ByText);

            // Then the result is the sorted list of what remains
            var expected = sorted.Except(leaving).Concat(entering).Order(ByText).ToArray();
            Assert.NotNull(spliced);
            Assert.Equal(expected, spliced);
            sorted = spliced;
        }
    }

    [Fact]
    public void An_entering_item_equal_to_one_that_stays_is_refused()
    {
        // Given
        var sorted = new[] { "a", "b", "c" };

        // When an item equal to "b" (a different object) enters while "b" stays
        var spliced = SortedSplice.Apply(sorted, [], [new string('b', 1)], ByText);

        // Then the splice is refused, so the caller sorts everything
        Assert.Null(spliced);
    }

    [Fact]
    public void An_entering_item_may_replace_an_equal_one_that_leaves()
    {
        // Given
        var sorted = new[] { "a", "b", "c" };
        var replacement = new string('b', 1);

        // When
        var spliced = SortedSplice.Apply(sorted, [sorted[1]], [replacement], ByText);

        // Then
        Assert.NotNull(spliced);
        Assert.Same(replacement, spliced[1]);
    }

    [Fact]
    public void A_leaving_item_that_is_not_in_the_list_is_refused()
    {
        // Given
        var sorted = new[] { "a", "b", "c" };

        // When an equal but different object is said to leave
        var spliced = SortedSplice.Apply(sorted, [new string('b', 1)], [], ByText);

        // Then
        Assert.Null(spliced);
    }
}
