using Certfolio.Core.Model;

namespace Certfolio.Core.Tests.Binding;

/// <summary>URL-safe names, from file names and skill names.</summary>
public sealed class SlugTests
{
    [Theory]
    [InlineData("aws-devops-professional", "aws-devops-professional")]
    [InlineData("cka-2024", "cka-2024")]
    [InlineData("AWS DevOps Professional", "aws-devops-professional")]
    [InlineData("C#", "c-sharp")]
    [InlineData("C++", "c-plus-plus")]
    [InlineData(".NET", "dot-net")]
    [InlineData("CI/CD", "ci-cd")]
    [InlineData("double--hyphen", "double-hyphen")]
    [InlineData("-leading", "leading")]
    [InlineData("trailing-", "trailing")]
    [InlineData("---", "untitled")]
    [InlineData("", "untitled")]
    public void Makes_lower_case_ascii_words_joined_by_single_hyphens(string text, string expected)
    {
        Assert.Equal(expected, Slug.From(text));
    }

    [Theory]
    [InlineData("Gestión de Proyectos", "gestion-de-proyectos")]
    [InlineData("Größe", "grosse")]
    [InlineData("Prüfung für Ärzte", "prufung-fur-arzte")]
    [InlineData("Сертифицированный специалист", "sertifitsirovannyy-spetsialist")]
    [InlineData("Πιστοποίηση", "pistopoiisi")]
    [InlineData("ソリューションアーキテクト", "soriyushiyonakitekuto")]
    [InlineData("AWS認定ソリューションアーキテクト", "aws-rending-soriyushiyonakitekuto")]
    [InlineData("日本語の資格", "ribenyu-no-zige")]
    [InlineData("정보처리기사", "jeongbocheoligisa")]
    [InlineData("Łódź C♯ ＡＷＳ", "lodz-c-sharp-aws")]
    [InlineData("ITIL® 4 Foundation", "itil-4-foundation")]
    [InlineData("Professional Scrum Master™ I", "professional-scrum-master-i")]
    [InlineData("PRINCE2® Practitioner", "prince2-practitioner")]
    [InlineData("TOGAF® 9 Certified ©2024", "togaf-9-certified-2024")]
    public void Spells_names_in_other_scripts_in_ascii(string text, string expected)
    {
        Assert.Equal(expected, Slug.From(text));
    }

    [Fact]
    public void A_name_with_no_ascii_spelling_gets_its_own_stable_slug_not_untitled()
    {
        var first = Slug.From("\uE000\uE001");
        var second = Slug.From("\uE000\uE002");

        Assert.StartsWith("title-", first);
        Assert.NotEqual(first, second);
        Assert.Equal(first, Slug.From("\uE000\uE001"));
    }

    [Theory]
    [InlineData("AWS DevOps Professional")]
    [InlineData("C# & .NET")]
    [InlineData("tableau-certified-storage-security-engineer-foundational-009818")]
    [InlineData("Ünïcödé -- names")]
    public void A_slug_is_its_own_slug(string text)
    {
        var slug = Slug.From(text);
        Assert.Same(slug, Slug.From(slug));
    }
}
