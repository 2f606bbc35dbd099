namespace Certfolio.Interop.Importing.Identity;

/// <summary>
/// Whether two titles can name the same credential. People write one credential's title in several ways
/// ("Microsoft Certified: Azure Administrator Associate" on Credly, "Azure Administrator Associate" on LinkedIn),
/// so titles are compared as words: case, punctuation and the word "certified" do not count, and a title that is
/// a run of at least two words of the other is compatible. A run, not a subsequence: "Azure Fundamentals" is not
/// "Azure Data Fundamentals".
/// </summary>
public static class TitleCompatibility
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal) { "certified", "certification", "certificate" };

    public static bool Compatible(string a, string b)
    {
        var left = Words(a);
        var right = Words(b);
        if (left.Count == 0 || right.Count == 0) return string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
        if (left.SequenceEqual(right, StringComparer.Ordinal)) return true;
        var (shorter, longer) = left.Count <= right.Count ? (left, right) : (right, left);
        return shorter.Count >= 2 && ContainsRun(longer, shorter);
    }

    /// <summary>The title's words, lower-cased, letters and digits only, without filler words.</summary>
    public static IReadOnlyList<string> Words(string title)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        void Flush()
        {
            if (current.Length == 0) return;
            var word = current.ToString();
            if (!Filler.Contains(word)) words.Add(word);
            current.Clear();
        }
        foreach (var c in title)
        {
            if (char.IsLetterOrDigit(c)) current.Append(char.ToLowerInvariant(c));
            else Flush();
        }
        Flush();
        return words;
    }

    private static bool ContainsRun(IReadOnlyList<string> longer, IReadOnlyList<string> run)
    {
        for (var start = 0; start + run.Count <= longer.Count; start++)
        {
            var all = true;
            for (var i = 0; i < run.Count && all; i++) all = string.Equals(longer[start + i], run[i], StringComparison.Ordinal);
            if (all) return true;
        }
        return false;
    }
}
