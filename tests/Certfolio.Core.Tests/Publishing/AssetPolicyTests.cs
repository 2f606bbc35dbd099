using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Publishing;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Publishing;

/// <summary><c>check</c> refuses, at the reference, every file a build may not publish.</summary>
public sealed class AssetPolicyTests : IDisposable
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47];
    private readonly TempPortfolio _portfolio = new();

    public void Dispose() => _portfolio.Dispose();

    /// <summary>A document whose logo is on line 5 (column 7) and whose body line 7 holds an image (its URL at column 6).</summary>
    private Portfolio WithDocument(string logo = "/logos/ok.png", string body = "No images.")
    {
        _portfolio.Write("public/logos/ok.png", Png);
        _portfolio.Write("certifications/cka.md", $"---\ntitle: CKA\ndate: 2024-01-15\nprovider: CNCF\nlogo: \"{logo}\"\n---\n{body}\n");
        return Check.Folder(_portfolio.Root);
    }

    [Theory]
    [InlineData("../.env", ".env")]
    [InlineData("../.git/config", ".git")]
    [InlineData("./.hidden.png", ".hidden.png")]
    public void A_body_image_naming_a_hidden_file_is_refused_at_the_image(string url, string hidden)
    {
        // Given the secrets beside the portfolio's documents
        _portfolio.Write(".env", "API_KEY=publish-secret").Write(".git/config", "[remote]").Write("certifications/.hidden.png", Png);

        // When a body names one
        var portfolio = WithDocument(body: $"![a]({url})");

        // Then check refuses it at the image, naming the hidden segment
        var diagnostic = portfolio.Single("CF0120", "certifications/cka.md", 7, 6);
        Assert.Contains($"'{hidden}' is a hidden name", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configuration_is_outside_the_published_folders()
    {
        _portfolio.Write("certfolio.yaml", "title: Mine\n");

        var portfolio = WithDocument(body: "![a](../certfolio.yaml)");

        var diagnostic = portfolio.Single("CF0120", "certifications/cka.md", 7, 6);
        Assert.Contains("neither the assets folder (public/) nor the documents' folder (certifications/)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("./other.md", "'*.md'")]
    [InlineData("/notes.txt", "'*.txt'")]
    [InlineData("/Makefile", "'Makefile'")]
    public void A_file_that_is_not_an_image_or_pdf_is_refused(string url, string type)
    {
        _portfolio.Write("certifications/other.md", "---\ntitle: x\n---\n").Write("public/notes.txt", "private").Write("public/Makefile", "all:");

        var portfolio = WithDocument(body: $"![a]({url})");

        var diagnostic = portfolio.Single("CF0121", "certifications/cka.md", 7, 6);
        Assert.Contains(type, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logo_on_a_generated_page_names_the_file_and_the_generated_path()
    {
        _portfolio.Write("public/index.html", "<script>steal()</script>");

        var portfolio = WithDocument(logo: "/index.html");

        var diagnostic = portfolio.Single("CF0122", "certifications/cka.md", 5, 7);
        Assert.Contains("(public/index.html) would replace 'index.html'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_image_on_the_site_script_is_refused()
    {
        _portfolio.Write("public/assets/site.js", "steal()");

        var portfolio = WithDocument(body: "![a](/assets/site.js)");

        var diagnostic = portfolio.Single("CF0122", "certifications/cka.md", 7, 6);
        Assert.Contains("(public/assets/site.js) would replace 'assets/site.js'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_on_an_asset_of_the_portfolios_theme_is_refused()
    {
        _portfolio.Write("theme/assets/brand.png", Png).Write("public/assets/brand.png", Png);

        var portfolio = WithDocument(logo: "/assets/brand.png");

        portfolio.Single("CF0122", "certifications/cka.md", 5, 7);
    }

    [Fact]
    public void An_svg_logo_with_a_script_is_refused_at_the_logo()
    {
        _portfolio.Write("public/logos/evil.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\">\n<script>alert(document.domain)</script></svg>");

        var portfolio = WithDocument(logo: "/logos/evil.svg");

        var diagnostic = portfolio.Single("CF0123", "certifications/cka.md", 5, 7);
        Assert.Contains("a <script> element (line 2)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_svg_image_beside_the_document_with_an_event_attribute_is_refused_at_the_image()
    {
        _portfolio.Write("certifications/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");

        var portfolio = WithDocument(body: "![a](diagram.svg)");

        portfolio.Single("CF0123", "certifications/cka.md", 7, 6);
    }

    [Fact]
    public void Images_and_pdfs_in_the_published_folders_pass()
    {
        _portfolio.Write("certifications/diagram.PNG", Png).Write("public/docs/cert.pdf", "%PDF-1.7").Write("public/logos/clean.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        var portfolio = WithDocument(logo: "/logos/clean.svg", body: "![a](diagram.PNG) ![b](/docs/cert.pdf)");

        portfolio.Clean();
    }

    [Fact]
    public void A_link_in_the_assets_folder_to_a_hidden_file_is_refused_by_its_target()
    {
        // Given a logo that is a link to the portfolio's .env
        _portfolio.Write(".env", "API_KEY=publish-secret");
        Directory.CreateDirectory(_portfolio.Path("public/logos"));
        File.CreateSymbolicLink(_portfolio.Path("public/logos/env.png"), _portfolio.Path(".env"));

        var portfolio = WithDocument(logo: "/logos/env.png");

        var diagnostic = portfolio.Single("CF0120", "certifications/cka.md", 5, 7);
        Assert.Contains("a symbolic link to '.env'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_assets_folder_that_is_a_link_to_a_hidden_folder_publishes_nothing_from_it()
    {
        // Given a portfolio whose assets folder is a link to its hidden .private folder (the listing says "no link" for
        // every file in it, so only the folder's own link tells where its files really are)
        _portfolio.Write(".private/logos/ok.png", Png).Write("certifications/cka.md", "---\ntitle: CKA\ndate: 2024-01-15\nprovider: CNCF\nlogo: \"/logos/ok.png\"\n---\nNo images.\n");
        Directory.CreateSymbolicLink(_portfolio.Path("public"), _portfolio.Path(".private"));

        var portfolio = Check.Folder(_portfolio.Root);

        var diagnostic = portfolio.Single("CF0120", "certifications/cka.md", 5, 7);
        Assert.Contains("a symbolic link to '.private/logos/ok.png'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_in_the_assets_folder_to_a_file_outside_the_portfolio_is_refused()
    {
        using var outside = new TempPortfolio();
        outside.Write("secret.png", Png);
        Directory.CreateDirectory(_portfolio.Path("public/logos"));
        File.CreateSymbolicLink(_portfolio.Path("public/logos/far.png"), outside.Path("secret.png"));

        var portfolio = WithDocument(body: "![a](/logos/far.png)");

        portfolio.Single("CF0118", "certifications/cka.md", 7, 6);
    }

    [Fact]
    public void A_pipe_named_like_a_logo_is_refused_unopened()
    {
        // Given a named pipe called logo.png in the assets folder (copying it would wait for a writer forever)
        Directory.CreateDirectory(_portfolio.Path("public/logos"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", _portfolio.Path("public/logos/pipe.png"))) mkfifo.WaitForExit();

        var portfolio = WithDocument(logo: "/logos/pipe.png");

        var diagnostic = portfolio.Single("CF0110", "certifications/cka.md", 5, 7);
        Assert.Contains("a named pipe (FIFO)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_publish_step_refuses_a_pipe_it_is_handed()
    {
        Directory.CreateDirectory(_portfolio.Path("public/logos"));
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", _portfolio.Path("public/logos/pipe.png"))) mkfifo.WaitForExit();
        var policy = new AssetPolicy(new AssetResolver(_portfolio.Path("public"), _portfolio.Root, PhysicalFileSystem.Instance),
            _portfolio.Path("certifications"), new GeneratedSitePaths([]));

        var refusal = policy.Vet(_portfolio.Path("public/logos/pipe.png"), "logos/pipe.png", out _);

        Assert.Equal(Descriptors.AssetNotPublishable, refusal?.Descriptor);
        Assert.Contains("a named pipe (FIFO), not a regular file", refusal!.Details[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_owners_avatar_is_vetted_at_its_value_in_the_configuration()
    {
        _portfolio.Write("public/.avatar.png", Png).Write("certfolio.yaml", "title: Mine\nowner:\n  name: Ada\n  avatar: /.avatar.png\n");

        var portfolio = WithDocument();

        var diagnostic = portfolio.Single("CF0120", "certfolio.yaml", 4, 11);
        Assert.StartsWith("owner.avatar '/.avatar.png'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_publish_step_refuses_a_copy_check_never_saw()
    {
        // Given a policy and copies handed to it directly, as the publish step receives them
        _portfolio.Write(".env", "API_KEY=publish-secret").Write("public/logos/ok.png", Png).Write("public/assets/site.js", "steal()");
        var policy = new AssetPolicy(new AssetResolver(_portfolio.Path("public"), _portfolio.Root, PhysicalFileSystem.Instance),
            _portfolio.Path("certifications"), new GeneratedSitePaths([]));

        // Then a hidden file, a generated path and a site path the file does not belong at are refused; a logo is not
        Assert.Equal(Descriptors.AssetNotPublishable, policy.Vet(_portfolio.Path(".env"), "files/.env", out _)?.Descriptor);
        Assert.Equal(Descriptors.AssetReplacesGeneratedFile, policy.Vet(_portfolio.Path("public/assets/site.js"), "assets/site.js", out _)?.Descriptor);
        Assert.Equal(Descriptors.AssetNotPublishable, policy.Vet(_portfolio.Path("public/logos/ok.png"), "assets/site.js", out _)?.Descriptor);
        Assert.Null(policy.Vet(_portfolio.Path("public/logos/ok.png"), "logos/ok.png", out _));
    }
}
