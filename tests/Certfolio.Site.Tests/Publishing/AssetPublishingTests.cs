using System.Text;
using Certfolio.Core.Publishing;
using Certfolio.Site.Publishing;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Publishing;

/// <summary>The publish step copies only what the publishing policy admits, even when check was passed.</summary>
public sealed class AssetPublishingTests
{
    private const string ActiveSvg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>publish-svg-payload()</script></svg>";

    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>";

    /// <summary>A portfolio with an SVG avatar and an SVG body image, both clean.</summary>
    public static TestPortfolio WithSvgs() => TestPortfolio.FromFiles(new Dictionary<string, string>
    {
        ["certfolio.yaml"] = "title: Mine\nowner:\n  name: Ada\n  avatar: /images/avatar.svg\n",
        ["certifications/cka.md"] = "---\ntitle: CKA\ndate: 2024-01-15\nprovider: CNCF\n---\n![Architecture](/images/diagram.svg)\n",
        ["public/images/avatar.svg"] = Svg,
        ["public/images/diagram.svg"] = Svg,
    });

    [Fact]
    public void Every_file_the_build_generates_is_a_reserved_path()
    {
        // Given a portfolio that names no logo, image or avatar, so the build copies nothing
        var portfolio = InMemoryPortfolio.Parse("""
            -- certfolio.yaml --
            title: Mine
            baseUrl: https://example.org/
            -- certifications/cka.md --
            ---
            title: CKA
            date: 2024-01-15
            provider: CNCF
            expiryDate: 2027-01-15
            skills: [Kubernetes]
            ---
            Body.
            """);
        var theme = TestPortfolio.Builder.ThemeFor(portfolio.Load().Layout, portfolio.FileSystem);
        var generated = new GeneratedSitePaths(theme.Assets.Keys);

        // When it is built
        var (result, site) = portfolio.Build();

        // Then every file written is one no portfolio file may be copied over
        Assert.True(result.Succeeded);
        Assert.All(site.Files.Keys, path => Assert.NotNull(generated.Taken(path)));
    }

    [Fact]
    public void An_svg_that_gains_a_script_after_check_is_not_published()
    {
        // Given a portfolio that passed check, whose body image then gains a script before the build
        using var portfolio = WithSvgs();
        var loaded = portfolio.Load();
        portfolio.Write("public/images/diagram.svg", ActiveSvg);

        // When it is built
        var site = new MemorySiteWriter();
        var result = TestPortfolio.Builder.Build(loaded, TestPortfolio.Options(), site);

        // Then the image is neither copied nor linked, and its script is nowhere in the site
        Assert.True(result.Succeeded);
        Assert.False(site.Files.ContainsKey("images/diagram.svg"));
        Assert.DoesNotContain(site.Files.Values, bytes => Encoding.UTF8.GetString(bytes).Contains("publish-svg-payload", StringComparison.Ordinal));
    }

    [Fact]
    public void The_publish_step_refuses_an_svg_changed_while_pages_were_written()
    {
        // Given a build whose avatar gains a script after the pages were rendered, before the assets are copied
        using var portfolio = WithSvgs();
        var loaded = portfolio.Load();
        var site = new SwappingWriter(() => portfolio.Write("public/images/avatar.svg", ActiveSvg));

        // When it is built
        var result = TestPortfolio.Builder.Build(loaded, TestPortfolio.Options(), site);

        // Then the build fails at the copy with CF0123, and the script never reached the site
        Assert.False(result.Succeeded);
        var refusal = Assert.Single(result.Diagnostics, d => d.Id == "CF0123");
        Assert.Equal("public/images/avatar.svg", refusal.Location.FilePath);
        Assert.False(site.Inner.Files.ContainsKey("images/avatar.svg"));
        Assert.DoesNotContain(site.Inner.Files.Values, bytes => Encoding.UTF8.GetString(bytes).Contains("publish-svg-payload", StringComparison.Ordinal));
    }

    /// <summary>Runs an action on the first page written: a file changed between check and copy.</summary>
    private sealed class SwappingWriter(Action swap) : ISiteWriter
    {
        private int _swapped;

        public MemorySiteWriter Inner { get; } = new();

        public void Write(string sitePath, ReadOnlySpan<byte> content)
        {
            if (Interlocked.Exchange(ref _swapped, 1) == 0) swap();
            Inner.Write(sitePath, content);
        }

        public void Copy(string sitePath, string sourceFile) => Inner.Copy(sitePath, sourceFile);

        public void Delete(string sitePath) => Inner.Delete(sitePath);
    }
}
