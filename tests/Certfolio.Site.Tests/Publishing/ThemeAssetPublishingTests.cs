using System.Text;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Publishing;

/// <summary>A portfolio's theme folder is published as it is, except what is hidden or lies outside the portfolio.</summary>
public sealed class ThemeAssetPublishingTests
{
    [Fact]
    public void Hidden_files_in_the_theme_are_neither_read_nor_published()
    {
        // Given a theme with a stylesheet, a .env and a .git folder beside it
        using var portfolio = AssetPublishingTests.WithSvgs();
        portfolio.Write("theme/assets/extra.css", "body{}");
        portfolio.Write("theme/assets/.env", "TOKEN=theme-hidden-secret");
        portfolio.Write("theme/assets/.git/config", "url = https://theme-hidden-secret@example.org");

        // When it is built
        var (result, site) = portfolio.Build();

        // Then the stylesheet is published and the hidden files are not
        Assert.True(result.Succeeded);
        Assert.Equal("body{}", site.Text("assets/extra.css"));
        Assert.DoesNotContain(site.Files.Keys, path => path.Contains("/.", StringComparison.Ordinal));
        Assert.DoesNotContain(site.Files.Values, bytes => Encoding.UTF8.GetString(bytes).Contains("theme-hidden-secret", StringComparison.Ordinal));
    }

    [Fact]
    public void A_theme_file_linked_outside_the_portfolio_fails_the_build_unread()
    {
        // Given a theme asset that is a link to a file outside the portfolio
        using var portfolio = AssetPublishingTests.WithSvgs();
        using var outside = TestPortfolio.FromFiles(new Dictionary<string, string> { ["id_rsa"] = "theme-linked-secret" });
        Directory.CreateDirectory(Path.Combine(portfolio.Root, "theme", "assets"));
        File.CreateSymbolicLink(Path.Combine(portfolio.Root, "theme", "assets", "key.css"), Path.Combine(outside.Root, "id_rsa"));

        // When it is built
        var (result, site) = portfolio.Build();

        // Then the build fails at the link with CF0204 (the loader's gate) and writes nothing of it
        Assert.False(result.Succeeded);
        var refusal = Assert.Single(result.Diagnostics, d => d.Id == "CF0204");
        Assert.Equal("theme/assets/key.css", refusal.Location.FilePath);
        Assert.DoesNotContain(site.Files.Values, bytes => Encoding.UTF8.GetString(bytes).Contains("theme-linked-secret", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pipe_in_the_theme_fails_the_build_unopened()
    {
        // Given a theme asset that is a named pipe (reading it would wait for a writer forever)
        using var portfolio = AssetPublishingTests.WithSvgs();
        Directory.CreateDirectory(Path.Combine(portfolio.Root, "theme", "assets"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", Path.Combine(portfolio.Root, "theme", "assets", "pipe.css"))) mkfifo.WaitForExit();

        // When it is built
        var (result, _) = portfolio.Build();

        // Then the build fails at the pipe instead of hanging
        Assert.False(result.Succeeded);
        var refusal = Assert.Single(result.Diagnostics, d => d.Id == "CF0205");
        Assert.Contains("a named pipe (FIFO)", refusal.Message, StringComparison.Ordinal);
    }
}
