using Certfolio.Core.Portfolios;
using Certfolio.Site.Publishing;

namespace Certfolio.Site.Tests.Publishing;

public sealed class OutputPlacementTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("certfolio-placement-").FullName;
    private readonly PortfolioLayout _layout;

    public OutputPlacementTests()
    {
        var root = Path.Combine(_parent, "portfolio");
        foreach (var folder in new[] { "certifications", "public", "theme", "training" }) Directory.CreateDirectory(Path.Combine(root, folder));
        _layout = new PortfolioLayout(root, Path.Combine(root, "certifications"), Path.Combine(root, "public"), Path.Combine(root, "training"), null, Path.Combine(root, "theme"));
    }

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Theory]
    [InlineData("", "names no folder")]
    [InlineData("   ", "names no folder")]
    [InlineData("/", "root of the file system")]
    [InlineData("{root}", "is the portfolio folder itself")]
    [InlineData("{root}/", "is the portfolio folder itself")]
    [InlineData("{root}/certifications/..", "is the portfolio folder itself")]
    [InlineData("{parent}", "holds the portfolio")]
    [InlineData("{root}/certifications", "is the content folder")]
    [InlineData("{root}/certifications/site", "is inside the content folder")]
    [InlineData("{root}/public", "is the assets folder")]
    [InlineData("{root}/public/site", "is inside the assets folder")]
    [InlineData("{root}/theme", "is the theme folder")]
    [InlineData("{root}/training/out", "is inside the training folder")]
    [InlineData("a\0b", "not a usable path")]
    public void Refuses_an_output_that_is_not_a_folder_of_its_own(string requested, string reason)
    {
        var refusal = OutputPlacement.Refusal(requested.Replace("{root}", _layout.Root).Replace("{parent}", _parent), _layout);

        Assert.NotNull(refusal);
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{root}/_site")]
    [InlineData("{parent}/site")]
    [InlineData("{parent}/deep/new/folder")]
    public void Accepts_a_folder_beside_or_below_the_portfolio(string requested)
    {
        Assert.Null(OutputPlacement.Refusal(requested.Replace("{root}", _layout.Root).Replace("{parent}", _parent), _layout));
    }

    [Fact]
    public void Sees_through_a_symbolic_link_to_the_portfolio()
    {
        // Given a link to the portfolio and one to its content folder
        var toRoot = Path.Combine(_parent, "link-to-portfolio");
        var toContent = Path.Combine(_parent, "link-to-content");
        Directory.CreateSymbolicLink(toRoot, _layout.Root);
        Directory.CreateSymbolicLink(toContent, "portfolio/certifications");

        // Then both are refused as what they point at
        Assert.Contains("is the portfolio folder itself", OutputPlacement.Refusal(toRoot, _layout), StringComparison.Ordinal);
        Assert.Contains("is the content folder", OutputPlacement.Refusal(toContent, _layout), StringComparison.Ordinal);
        Assert.Contains("is inside the content folder", OutputPlacement.Refusal(Path.Combine(toRoot, "certifications", "x"), _layout), StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_symbolic_link_that_leads_nowhere_and_accepts_one_to_a_folder()
    {
        var dangling = Path.Combine(_parent, "dangling");
        File.CreateSymbolicLink(dangling, Path.Combine(_parent, "nowhere"));
        var good = Path.Combine(_parent, "published");
        Directory.CreateDirectory(Path.Combine(_parent, "www"));
        Directory.CreateSymbolicLink(good, "www");

        Assert.Contains("which does not exist", OutputPlacement.Refusal(dangling, _layout), StringComparison.Ordinal);
        Assert.Null(OutputPlacement.Refusal(good, _layout));
    }

    [Fact]
    public void Refuses_a_symbolic_link_loop_without_hanging()
    {
        var a = Path.Combine(_parent, "a");
        var b = Path.Combine(_parent, "b");
        File.CreateSymbolicLink(a, b);
        File.CreateSymbolicLink(b, a);

        Assert.NotNull(OutputPlacement.Refusal(a, _layout));
    }
}
