using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace Certfolio.Core.Text;

/// <summary>
/// A key under which strings that read the same compare equal: Unicode NFKC (full-width and compatibility forms),
/// without default-ignorable characters (zero-width spaces and joiners, soft hyphens, variation selectors), transliterated
/// to Latin by shape (Cyrillic and Greek look-alikes: 'А' U+0410 and 'Α' U+0391 are 'A'), then to ASCII by AnyAscii,
/// and case-folded. Two
/// credential ids with one skeleton are one id to a reader, whatever their code points.
/// </summary>
public static class LookAlikeSkeleton
{
    public static string Of(string value)
    {
        var text = value.Trim();
        // Plain ASCII, nearly every id, needs only the case fold.
        if (Ascii.IsValid(text) && !HasAsciiIgnorable(text)) return text.ToLowerInvariant();
        text = Compatible(text);
        var kept = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsDefaultIgnorable(rune.Value)) continue;
            if (rune.IsBmp && LookAlikes.Latin.TryGetValue((char)rune.Value, out var latin)) kept.Append(latin);
            else kept.Append(rune.ToString());
        }
        return AnyAscii.Transliteration.Transliterate(kept.ToString()).Trim().ToLowerInvariant();
    }

    // Transliteration reads a letter by its sound (Cyrillic 'С' is "S", Greek 'Β' is "V"); a reader sees its shape.
    // These are the Cyrillic and Greek letters that Unicode's confusables.txt maps to one Latin letter, upper and lower case,
    // in a class of their own so that the table is built only when an id is not plain ASCII.
    private static class LookAlikes
    {
        public static readonly FrozenDictionary<char, char> Latin =
            LookAlikeFrom.Zip(LookAlikeTo).ToDictionary(p => p.First, p => p.Second).ToFrozenDictionary();
    }

    private const string LookAlikeFrom = "АВЕКМНОРСТУХЅІЈԚԜҮҺӀаеорсухѕіјһԛԝүΑΒΕΖΗΙΚΜΝΟΡΤΥΧϹͿαιορυνχϲı";
    private const string LookAlikeTo = "ABEKMHOPCTYXSIJQWYHIaeopcyxsijhqwyABEZHIKMNOPTYXCJaiopuvxci";

    private static bool HasAsciiIgnorable(string text) => text.AsSpan().IndexOfAnyInRange('\0', '\u001F') >= 0;

    // Under InvariantGlobalization (Directory.Build.props) .NET has no ICU and Normalize returns the text unchanged;
    // AnyAscii's transliteration then folds the compatibility forms (full-width, ligatures, mathematical letters, superscripts).
    // With ICU present, NFKC runs first as Unicode's skeleton asks.
    private static string Compatible(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (Exception e) when (e is PlatformNotSupportedException or ArgumentException)
        {
            // Without ICU (invariant globalization on a system that lacks it) or on a lone surrogate: transliteration
            // below still folds full-width letters and digits.
            return text;
        }
    }

    /// <summary>Unicode's Default_Ignorable_Code_Point property (DerivedCoreProperties.txt), plus the C0 controls.</summary>
    public static bool IsDefaultIgnorable(int c) =>
        c < 0x20
        || c == 0x00AD || c == 0x034F || c == 0x061C
        || c is 0x115F or 0x1160 or 0x3164 or 0xFFA0
        || c is >= 0x17B4 and <= 0x17B5
        || c is >= 0x180B and <= 0x180F
        || c is >= 0x200B and <= 0x200F
        || c is >= 0x202A and <= 0x202E
        || c is >= 0x2060 and <= 0x206F
        || c is >= 0xFE00 and <= 0xFE0F
        || c == 0xFEFF
        || c is >= 0xFFF0 and <= 0xFFF8
        || c is >= 0x1BCA0 and <= 0x1BCA3
        || c is >= 0x1D173 and <= 0x1D17A
        || c is >= 0xE0000 and <= 0xE0FFF
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;
}
