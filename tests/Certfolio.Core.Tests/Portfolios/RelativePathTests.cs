using Certfolio.Core.Portfolios;

namespace Certfolio.Core.Tests.Portfolios;

/// <summary>Paths relative to the portfolio root, as diagnostics and pages name files.</summary>
public sealed class RelativePathTests
{
    [Theory]
    [InlineData("certifications/a.md", "certifications/a.md")]
    [InlineData("certifications/./a.md", "certifications/a.md")]
    [InlineData("certifications/../training/b.md", "training/b.md")]
    [InlineData("certifications//a.md", "certifications/a.md")]
    [InlineData(".hidden/c.md", ".hidden/c.md")]
    [InlineData("../outside/d.md", "../outside/d.md")]
    public void Names_a_file_relative_to_the_root_whatever_its_full_path_holds(string underRoot, string expected)
    {
        // Given a portfolio root
        var root = Path.Combine(Path.GetTempPath(), "certfolio-relative");
        var layout = PortfolioLayout.Discover(root, PortfolioConfig.Default, PhysicalFileSystem.Instance);

        // When a path under it, as written, is made relative
        var relative = layout.Relative(layout.Root + "/" + underRoot);

        // Then it is what GetRelativePath says, with forward slashes
        Assert.Equal(expected, relative);
        Assert.Equal(Path.GetRelativePath(layout.Root, Path.GetFullPath(layout.Root + "/" + underRoot)).Replace('\\', '/'), relative);
    }
}
