using Certfolio.Server.Tests.Support;

namespace Certfolio.Server.Tests.Http;

public sealed class TraversalTests : IAsyncLifetime
{
    private PreviewHost _host = null!;

    public async Task InitializeAsync() => _host = await PreviewHost.StartExampleAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/../../secret.txt")]
    [InlineData("/certifications/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/%2E%2E/secret.txt")]
    [InlineData("/.%2e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%2Fsecret.txt")]
    [InlineData("/%2e%2e%2fsecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("/%252e%252e%252fsecret.txt")]
    [InlineData("/certifications/..%00/secret.txt")]
    [InlineData("/./secret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/..")]
    [InlineData("/certifications/aws-devops-professional.md")]
    [InlineData("/certfolio.yaml")]
    [InlineData("/secret.txt")]
    public async Task Never_serves_a_file_outside_the_built_site(string target)
    {
        // When
        var (status, response) = await RawHttp.GetAsync(_host.Url, target);

        // Then
        Assert.True(status is 400 or 404, $"{target} answered {status}");
        Assert.DoesNotContain(TempPortfolio.SecretText, response);
        Assert.DoesNotContain("root:x:0:0", response);
        Assert.DoesNotContain("baseUrl:", response);
    }

    [Fact]
    public async Task Serves_a_real_page_by_the_same_raw_route()
    {
        // When
        var (status, response) = await RawHttp.GetAsync(_host.Url, "/certifications/aws-devops-professional/");

        // Then
        Assert.Equal(200, status);
        Assert.Contains("AWS Certified DevOps Engineer", response);
    }
}
