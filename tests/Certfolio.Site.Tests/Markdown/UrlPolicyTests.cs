using Certfolio.Site.Markdown;

namespace Certfolio.Site.Tests.Markdown;

public sealed class UrlPolicyTests
{
    [Theory]
    [InlineData("https://example.com/a?b=c#d")]
    [InlineData("http://example.com")]
    [InlineData("HTTPS://EXAMPLE.COM")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("/logos/aws.svg")]
    [InlineData("../sibling/page/")]
    [InlineData("images/a:b.png")]
    [InlineData("?q=1")]
    [InlineData("#section")]
    [InlineData("//cdn.example.com/x.png")]
    public void Lets_web_and_relative_urls_through(string url) => Assert.Equal(url, UrlPolicy.Clean(url));

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("JaVaScRiPt:alert(1)")]
    [InlineData("  javascript:alert(1)")]
    [InlineData("java\tscript:alert(1)")]
    [InlineData("java\nscript:alert(1)")]
    [InlineData("data:text/html;base64,PHNjcmlwdD4=")]
    [InlineData("vbscript:msgbox")]
    [InlineData("file:///etc/passwd")]
    public void Turns_every_other_scheme_into_a_fragment(string url) => Assert.Equal("#", UrlPolicy.Clean(url));

    [Fact]
    public void Null_is_blocked() => Assert.Equal("#", UrlPolicy.Clean(null));
}
