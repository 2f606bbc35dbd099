using Certfolio.Core.Diagnostics;
using Certfolio.Core.Portfolios;

namespace Certfolio.Core.Tests.Portfolios;

/// <summary>import and new write only where check reads: never into a content folder outside the portfolio.</summary>
public sealed class ContentFolderCheckTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("certfolio-content-check-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Content_pointing_outside_is_refused_with_checks_CF0203()
    {
        var portfolio = Path.Combine(_root, "portfolio");
        Directory.CreateDirectory(portfolio);
        File.WriteAllText(Path.Combine(portfolio, "certfolio.yaml"), "content: ../elsewhere\n");
        var loaded = new PortfolioLoader().Load(portfolio);

        var (folder, refusals) = ContentFolderCheck.WritableFolder(portfolio, loaded.Config, "certifications");

        Assert.Null(folder);
        var refusal = Assert.Single(refusals);
        Assert.Equal(Descriptors.PathOutsidePortfolio, refusal.Descriptor);
        Assert.Contains(loaded.Diagnostics, d => d.ToString() == refusal.ToString());
    }

    [Fact]
    public void A_content_folder_linked_outside_is_refused_with_checks_CF0207()
    {
        var portfolio = Path.Combine(_root, "portfolio");
        var elsewhere = Path.Combine(_root, "elsewhere");
        Directory.CreateDirectory(portfolio);
        Directory.CreateDirectory(elsewhere);
        Directory.CreateSymbolicLink(Path.Combine(portfolio, "certifications"), elsewhere);
        var loaded = new PortfolioLoader().Load(portfolio);

        var (folder, refusals) = ContentFolderCheck.WritableFolder(portfolio, loaded.Config, "certifications");

        Assert.Null(folder);
        var refusal = Assert.Single(refusals);
        Assert.Equal(Descriptors.FolderOutside, refusal.Descriptor);
        Assert.Contains(loaded.Diagnostics, d => d.ToString() == refusal.ToString());
    }

    [Fact]
    public void A_content_folder_inside_is_fine()
    {
        Directory.CreateDirectory(Path.Combine(_root, "certifications"));
        var loaded = new PortfolioLoader().Load(_root);

        var (folder, refusals) = ContentFolderCheck.WritableFolder(_root, loaded.Config, "certifications");

        Assert.Equal(Path.Combine(_root, "certifications"), folder);
        Assert.Empty(refusals);
    }
}
