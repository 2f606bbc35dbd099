using Certfolio.Core.Model;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Certfolio.Core.Tests.Properties;

/// <summary>
/// Whatever a title holds, in whatever script, its slug is a usable name: never empty, plain ASCII in the slug
/// alphabet, its own slug, the same on every run, and short enough for a file name.
/// </summary>
public sealed class SlugProperties
{
    [Property(MaxTest = 1000, Arbitrary = [typeof(Titles)])]
    public bool A_slug_is_non_empty_ascii_in_the_slug_alphabet(UnicodeTitle title)
    {
        var slug = Slug.From(title.Text);
        return slug.Length > 0
            && slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
            && slug[0] != '-' && slug[^1] != '-' && !slug.Contains("--", StringComparison.Ordinal);
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(Titles)])]
    public bool A_slug_is_its_own_slug(UnicodeTitle title)
    {
        var slug = Slug.From(title.Text);
        return Slug.From(slug) == slug;
    }

    [Property(MaxTest = 1000, Arbitrary = [typeof(Titles)])]
    public bool The_same_title_always_gives_the_same_slug(UnicodeTitle title) =>
        Slug.From(title.Text) == Slug.From(new string(title.Text.AsSpan()));

    [Property(MaxTest = 1000, Arbitrary = [typeof(Titles)])]
    public bool A_file_name_slug_is_bounded_and_a_prefix_of_the_slug(UnicodeTitle title)
    {
        var name = Slug.ForFileName(title.Text);
        return name.Length is > 0 and <= Slug.MaxFileNameLength && Slug.From(title.Text).StartsWith(name, StringComparison.Ordinal);
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(Titles)])]
    public bool A_title_in_another_script_is_never_untitled(NonLatinTitle title) =>
        Slug.From(title.Text) != "untitled";
}

public sealed record UnicodeTitle(string Text)
{
    public override string ToString() => string.Join(" ", Text.Select(c => $"U+{(int)c:X4}"));
}

public sealed record NonLatinTitle(string Text)
{
    public override string ToString() => string.Join(" ", Text.Select(c => $"U+{(int)c:X4}"));
}

/// <summary>Titles from every plane, weighted towards the scripts people write titles in.</summary>
public static class Titles
{
    // Latin-1 and Extended-A, Greek, Cyrillic, Arabic, Devanagari, Thai, kana, Han, Hangul.
    private static readonly (int From, int To)[] Letters =
        [(0xC0, 0x17F), (0x391, 0x3C9), (0x410, 0x44F), (0x621, 0x64A), (0x905, 0x939), (0xE01, 0xE2E), (0x3041, 0x30FA), (0x4E00, 0x9FFF), (0xAC00, 0xD7A3)];

    private static Gen<string> Rune(int from, int to) => Gen.Choose(from, to).Select(char.ConvertFromUtf32);

    private static readonly Gen<string> AnyScalar =
        Gen.OneOf(Gen.Choose(0, 0xD7FF), Gen.Choose(0xE000, 0x10FFFF)).Select(char.ConvertFromUtf32);

    private static readonly Gen<string> Letter = Gen.OneOf(Letters.Select(r => Rune(r.From, r.To)));

    public static Arbitrary<UnicodeTitle> Any() =>
        Gen.ListOf(Gen.Frequency(
                (4, Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString())),
                (4, Letter),
                (2, AnyScalar),
                (1, Gen.Choose(0xD800, 0xDFFF).Select(c => ((char)c).ToString()))))   // lone surrogates: broken input happens
            .Select(parts => new UnicodeTitle(string.Concat(parts)))
            .ToArbitrary();

    public static Arbitrary<NonLatinTitle> NonLatin() =>
        Gen.NonEmptyListOf(Gen.Frequency((8, Letter), (1, Gen.Constant(" "))))
            .Where(parts => parts.Any(p => p != " "))
            .Select(parts => new NonLatinTitle(string.Concat(parts)))
            .ToArbitrary();
}
