using System.Runtime.InteropServices;

namespace Certfolio.Site.Pages;

/// <summary>
/// The words of <c>/search.json</c>, each written once at the head of the file and numbered in the order they first
/// appear (in list order, so the most common words, met early, get the shortest numbers). Only ever added to: a
/// rebuild that splices the last index (<see cref="Incremental.SearchIndexSplice"/>) numbers new words after the last
/// build's, so the entries it copies keep their meaning; a full build starts afresh.
/// </summary>
internal sealed class SearchVocabulary
{
    private readonly List<string> _words;
    private readonly Dictionary<string, int> _numbers;

    public SearchVocabulary()
    {
        _words = [];
        _numbers = new Dictionary<string, int>(StringComparer.Ordinal);
    }

    private SearchVocabulary(SearchVocabulary last)
    {
        _words = [.. last._words];
        _numbers = new Dictionary<string, int>(last._numbers, StringComparer.Ordinal);
    }

    public IReadOnlyList<string> Words => _words;

    /// <summary>The word's number, given it now if it has none.</summary>
    public int NumberOf(string word)
    {
        // One lookup whether the word is known or new.
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_numbers, word, out var known);
        if (!known)
        {
            number = _words.Count;
            _words.Add(word);
        }
        return number;
    }

    /// <summary>A copy to add to, leaving this one (and every entry numbered by it) as it is.</summary>
    public SearchVocabulary Extended() => new(this);
}
