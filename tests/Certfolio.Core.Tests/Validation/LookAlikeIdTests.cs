using Certfolio.Core.Tests.Support;
using Certfolio.Core.Text;

namespace Certfolio.Core.Tests.Validation;

/// <summary>Credential ids that read the same are one id (CF0113), whatever their code points.</summary>
public sealed class LookAlikeIdTests
{
    [Theory]
    [InlineData("\u0410BC-123")] // Cyrillic capital A
    [InlineData("abc-123")] // case
    [InlineData("AB\u200BC-123")] // zero-width space
    [InlineData("A\u00ADBC-123")] // soft hyphen
    [InlineData("\uFF21\uFF22\uFF23-123")] // full-width letters
    [InlineData("ABC\uFF0D123")] // full-width hyphen-minus
    [InlineData("\u0391\u0392C-123")] // Greek capital alpha and beta
    [InlineData("\uFEFFABC-123")] // byte order mark
    [InlineData("\u0410\u0412\u0421-123")] // Cyrillic A, Ve and Es, which transliterate to "AVS"
    public void Reports_ids_that_differ_only_by_look_alikes_as_duplicates(string lookAlike)
    {
        // Given two documents whose ids differ only by a character a reader cannot tell apart
        using var temp = new TempPortfolio();
        temp.Write("certifications/a.md", "---\ntitle: \"A\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\ncredentialId: \"ABC-123\"\n---\n");
        temp.Write("certifications/b.md", $"---\ntitle: \"B\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\ncredentialId: \"{lookAlike}\"\n---\n");
        // When checked
        var portfolio = Check.Folder(temp.Root);
        // Then both are reported, each naming the other
        Assert.Contains("is also used by certifications/b.md", portfolio.Single("CF0113", "certifications/a.md", 5, 15).Message);
        Assert.Contains("is also used by certifications/a.md", portfolio.Single("CF0113", "certifications/b.md", 5, 15).Message);
    }

    [Fact]
    public void Names_a_look_alike_with_its_code_points()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/a.md", "---\ntitle: \"A\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\ncredentialId: \"ABC\"\n---\n");
        temp.Write("certifications/b.md", "---\ntitle: \"B\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\ncredentialId: \"\u0410BC\"\n---\n");
        var portfolio = Check.Folder(temp.Root);
        Assert.Equal("credentialId 'ABC' is also used by certifications/b.md (as '\\u0410BC')", portfolio.Single("CF0113", "certifications/a.md", 5, 15).Message);
    }

    [Fact]
    public void Keeps_ids_that_really_differ_apart()
    {
        using var temp = new TempPortfolio();
        temp.Write("certifications/a.md", "---\ntitle: \"A\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\ncredentialId: \"ABC-123\"\n---\n");
        temp.Write("certifications/b.md", "---\ntitle: \"B\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\ncredentialId: \"ABC-124\"\n---\n");
        Check.Folder(temp.Root).Clean();
    }

    [Fact]
    public void Folds_compatibility_forms_under_invariant_globalization()
    {
        // The app runs with InvariantGlobalization, as these tests do: there string.Normalize(FormKC) returns the text
        // unchanged (no ICU), so the skeleton's transliteration must fold the ligature and the full-width digit itself.
        Assert.Equal("\uFB01\uFF11", "\uFB01\uFF11".Normalize(System.Text.NormalizationForm.FormKC));
        Assert.Equal("fi1", LookAlikeSkeleton.Of("\uFB01\uFF11"));
        Assert.Equal("x2", LookAlikeSkeleton.Of("\U0001D431\u00B2"));
        Assert.Equal(LookAlikeSkeleton.Of("ABC"), LookAlikeSkeleton.Of("\u0410\u0412\u0421"));
    }
}
