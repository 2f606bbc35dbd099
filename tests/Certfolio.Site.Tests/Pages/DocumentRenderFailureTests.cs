using Certfolio.Core.Diagnostics;
using Certfolio.Site.Publishing;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Pages;

/// <summary>A document whose page cannot be rendered is that document's error: the others still render, and no exception leaves the build.</summary>
public sealed class DocumentRenderFailureTests
{
    private const string Deep = "---\ntitle: \"Deep\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n---\n\nIntro.\n\n";

    [Fact]
    public void A_body_the_renderer_refuses_fails_the_build_at_that_document_only()
    {
        // Given a body nested past the Markdown renderer's limit, in a portfolio whose check gate is bypassed
        // (as for a body check does not foresee)
        using var portfolio = TestPortfolio.Copy("basic");
        portfolio.Write("certifications/deep.md", Deep + new string('>', 250) + " quoted\n");
        var loaded = portfolio.Load();
        Assert.Contains(loaded.Diagnostics, d => d.Id == "CF0017");
        var ungated = loaded with { Diagnostics = [] };

        // When it is built
        var result = TestPortfolio.Builder.Build(ungated, TestPortfolio.Options(), new MemorySiteWriter());

        // Then the build fails with one positioned error for that document, not with an exception
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(("CF0017", "certifications/deep.md", 9), (error.Id, error.Location.FilePath, error.Location.Line));
    }

    [Fact]
    public void Any_other_fault_while_rendering_a_document_is_an_internal_problem_at_that_file()
    {
        using var portfolio = TestPortfolio.Copy("basic");
        var loaded = portfolio.Load();
        var credential = loaded.Credentials[0];
        var diagnostic = DocumentRenderFailure.From(new InvalidOperationException("boom"), credential, loaded.Bodies);
        Assert.Equal(("CF0016", credential.RelativePath, 1), (diagnostic.Id, diagnostic.Location.FilePath, diagnostic.Location.Line));
        Assert.Contains("InvalidOperationException", diagnostic.Message, StringComparison.Ordinal);
    }
}

/// <summary>check refuses an unsafe owner link (CF0201); the site still blanks one that reaches it.</summary>
public sealed class UnsafeOwnerLinkTests
{
    [Fact]
    public void A_javascript_owner_link_fails_check_and_is_still_blanked_by_the_site()
    {
        // Given an owner link with a javascript: URL
        using var portfolio = TestPortfolio.Copy("basic");
        File.WriteAllText(Path.Combine(portfolio.Root, "certfolio.yaml"),
            File.ReadAllText(Path.Combine(portfolio.Root, "certfolio.yaml")).Replace("mailto:sam@example.dev", "javascript:alert(1)", StringComparison.Ordinal));
        var loaded = portfolio.Load();
        // Then check reports it at the value
        Assert.Contains(loaded.Diagnostics, d => d.Id == "CF0201" && d.Location.FilePath == "certfolio.yaml" && d.Location.Line == 11);
        // And a build that got past check anyway publishes '#' in its place
        var site = new MemorySiteWriter();
        Assert.True(TestPortfolio.Builder.Build(loaded with { Diagnostics = [] }, TestPortfolio.Options(), site).Succeeded);
        var links = TestPortfolio.Html(site, "index.html").QuerySelectorAll(".links a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Equal(["https://github.com/samrivera", "#"], links);
    }
}
