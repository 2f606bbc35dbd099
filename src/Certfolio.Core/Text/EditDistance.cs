namespace Certfolio.Core.Text;

/// <summary>
/// The Damerau-Levenshtein distance (optimal string alignment): insertions, deletions, substitutions and swaps of
/// two neighbouring characters each cost one, so <c>provder</c> is 1 from <c>provider</c> and <c>tilte</c> 1 from
/// <c>title</c>. Used to suggest the key a typo meant; keys are short, so the quadratic table is cheap.
/// </summary>
public static class EditDistance
{
    /// <summary>The distance between <paramref name="a"/> and <paramref name="b"/>, ignoring case.</summary>
    public static int Between(string a, string b)
    {
        var x = a.ToLowerInvariant();
        var y = b.ToLowerInvariant();
        var d = new int[x.Length + 1, y.Length + 1];
        for (var i = 0; i <= x.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= y.Length; j++) d[0, j] = j;
        for (var i = 1; i <= x.Length; i++)
        {
            for (var j = 1; j <= y.Length; j++)
            {
                var cost = x[i - 1] == y[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[x.Length, y.Length];
    }
}
