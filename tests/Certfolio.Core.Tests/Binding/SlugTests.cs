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
