using System.Text;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Publishing;
using Certfolio.Site.Markdown;
using Certfolio.Site.Pages;
using Certfolio.Site.Templates;

namespace Certfolio.Site.Tests.Templates;

public sealed class PageRendererTests
{
    [Fact]
    public void A_surrogate_pair_split_across_two_buffer_chunks_encodes_as_one_character()
    {
        // Given a buffer whose first chunk ends between the two halves of an emoji
        var buffer = new StringBuilder(16);
        buffer.Append(new string('x', 15) + "\U0001F600 done");
        var chunks = 0;
        foreach (var _ in buffer.GetChunks()) chunks++;
        Assert.True(chunks > 1);

        // When it is encoded
        byte[]? bytes = null;
        PageRenderer.Utf8(buffer, utf8 => bytes = utf8.ToArray());

        // Then the bytes are the UTF-8 of the whole text
        Assert.Equal(Encoding.UTF8.GetBytes(buffer.ToString()), bytes);
    }

    [Fact]
    public void A_printed_body_renders_into_the_page_without_becoming_a_string_first()
    {
        // Given a theme whose page prints a Markdown body
        using var folder = new TempFolder();
        folder.Write("templates/layout.liquid", "<main>{{ content }}</main>");
        folder.Write("templates/credential.liquid", "{{ body }}");
        var theme = ThemeLoader.Load(folder.Path);
        var renderer = new PageRenderer(theme, Site(), Certfolio.Site.Languages.Strings.English, DateTimeOffset.UnixEpoch);
        var bodies = new BodyRenderer(SafeMarkdown.CreatePipeline(), SafeMarkdown.CreateSanitizer());
        var context = new BodyContext(new AssetPolicy(new AssetResolver(folder.Path, folder.Path, PhysicalFileSystem.Instance), folder.Path, new GeneratedSitePaths([])), folder.Path, "/", allowUnsafeHtml: false);
        var body = bodies.Render("# Title\n\nSome *text* and a [link](/x).\n", context);

        // When the page is rendered
        var html = renderer.RenderPage("credential", new PageView { Kind = "credential", Title = "t", Description = "d", Url = "/" }, ("body", body));

        // Then the page holds the body's HTML, which was written without a string of its own
        Assert.False(body.HasHtmlString);
        Assert.Equal("<main>" + body.Html + "</main>", html);
    }

    private static SiteView Site() => new()
    {
        Title = "Site",
        BasePath = "/",
        Owner = new OwnerView(),
        Today = "2026-01-15",
        TodayText = "15.01.2026",
        ExpiringDays = 90,
        HomeUrl = "/",
        SkillsUrl = "/skills/",
        ProvidersUrl = "/providers/",
        FeedUrl = "/feed.xml",
        SearchIndexUrl = "/search.json",
        CssUrl = "/assets/site.css",
        ScriptUrl = "/assets/site.js",
        FaviconUrl = "/assets/favicon.svg",
        CalendarUrl = "/calendar.ics",
        ContentSecurityPolicy = "default-src 'self'",
        CredentialCount = 1,
        Config = new Dictionary<string, object?>(),
    };

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("certfolio-page-renderer-").FullName;

        public void Write(string relative, string text)
        {
            var file = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
