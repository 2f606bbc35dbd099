using System.Text;
using System.Text.RegularExpressions;
using Certfolio.Core.Model;

namespace Certfolio.Core.Renewal;

/// <summary>
/// Provider names as people write them, compared as one certifier: "Project Management Institute (PMI)",
/// "PMI" and "project management institute" are one name, as are "(ISC)²" and "ISC2", "Microsoft Corporation"
/// and "Microsoft", "Cisco Systems, Inc." and "Cisco Systems". Aliases that no rule can guess ("AWS" for
/// "Amazon Web Services") stay data, in the providers of <c>renewal-rules.yaml</c>.
/// </summary>
public static partial class ProviderName
{
    /// <summary>
    /// The keys a name is known by: the normalised name, and when it ends in an abbreviation in parentheses
    /// ("Amazon Web Services (AWS)") also the name without it and the abbreviation alone.
    /// </summary>
    public static IReadOnlyList<string> Keys(string provider) =>
        KnownKeys.Count < KnownKeysLimit ? KnownKeys.GetOrAdd(provider, KeysOf) : KeysOf(provider);

    // A check asks for the keys of each credential's provider several times (its rule, the known-title rule), and a
    // portfolio names a few providers thousands of times: each distinct name is normalised once per process. Bounded,
    // so a long-lived preview fed ever new names stops caching rather than growing (docs/performance.md, the check figure).
    private const int KnownKeysLimit = 4096;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> KnownKeys = new(StringComparer.Ordinal);

    private static string[] KeysOf(string provider)
    {
        var name = WithoutMarks(provider).Trim();
        var whole = Normalise(name);
        if (TrailingAbbreviation().Match(name) is not { Success: true } split) return whole.Length == 0 ? [] : [whole];
        string[] keys = [whole, Normalise(split.Groups["name"].Value), Normalise(split.Groups["abbreviation"].Value)];
        return keys.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>True when two provider names share a key: the same certifier written two ways.</summary>
    public static bool Same(string a, string b)
    {
        var keys = Keys(b);
        return Keys(a).Any(keys.Contains);
    }

    /// <summary>
    /// Lower-case ASCII words: trademark signs, dots, apostrophes and parentheses dropped ("(ISC)²" is "isc2",
    /// "A.W.S." is "aws"), other punctuation a space, '&amp;' "and", a leading "the" and trailing company forms
    /// ("Inc.", "Corporation", "Ltd", "LLC", "GmbH") left out.
    /// </summary>
    public static string Normalise(string provider)
    {
        var spelled = AsciiSpelling.Of(WithoutMarks(provider)).ToLowerInvariant();
        var text = new StringBuilder(spelled.Length);
        foreach (var c in spelled)
        {
            if (char.IsAsciiLetterOrDigit(c)) text.Append(c);
            else if (c == '&') text.Append(" and ");
            else if (c is not ('(' or ')' or '.' or '\'')) text.Append(' ');
        }
        var words = text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the") words.RemoveAt(0);
        while (words.Count > 1 && CompanyForms.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        return string.Join(' ', words);
    }

    private static readonly HashSet<string> CompanyForms =
        new(["inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "gmbh", "ag", "sa", "bv", "pty"], StringComparer.Ordinal);

    // ® ™ © ℠ say nothing about who the certifier is.
    private static string WithoutMarks(string provider) => AsciiSpelling.WithoutMarks(provider);

    /// <summary>"Name (ABBR)": a short parenthesised word in capitals and digits at the end ("(PMI)", "(ISC2)", "(AWS)").</summary>
    [GeneratedRegex(@"^(?<name>.*\S)\s*\((?<abbreviation>[A-Z][A-Z0-9²&.\-]{1,11})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAbbreviation();
}
