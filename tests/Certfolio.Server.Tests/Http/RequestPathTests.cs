using Certfolio.Server.Http;

namespace Certfolio.Server.Tests.Http;

public sealed class RequestPathTests
{
    [Theory]
    [InlineData("/", "/", "")]
    [InlineData("/certifications/cka/?q=1", "/certifications/cka/", "certifications/cka/")]
    [InlineData("/assets/site.css", "/assets/site.css", "assets/site.css")]
    [InlineData("/skills/c%23/", "/skills/c#/", "skills/c#/")]
    public void Maps_a_plain_target_to_its_site_path(string raw, string decoded, string expected)
    {
        Assert.Equal(expected, RequestPath.ToSitePath(raw, decoded));
    }

    [Theory]
    [InlineData("/../x", "/../x")]
    [InlineData("/%2e%2e/x", "/x")]
    [InlineData("/a%2fb", "/a%2Fb")]
    [InlineData("/a%5cb", "/a\\b")]
    [InlineData("/%252e%252e/x", "/%2e%2e/x")]
    [InlineData("/a\\..\\x", "/a\\..\\x")]
    [InlineData("/a/..", "/a/..")]
    [InlineData("/a%00", "/a\0")]
    [InlineData("//a", "//a")]
    [InlineData("*", "")]
    [InlineData("http://evil/x", "/x")]
    public void Refuses_traversal_and_ambiguous_encodings(string raw, string decoded)
    {
        Assert.Null(RequestPath.ToSitePath(raw, decoded));
    }
}
