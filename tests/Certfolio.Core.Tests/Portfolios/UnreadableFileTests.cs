using Certfolio.Core.Portfolios;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Portfolios;

/// <summary>A file that cannot be read is a diagnostic, never an exception, and the others are still checked.</summary>
public sealed class UnreadableFileTests
{
    [Fact]
    public void Reports_a_file_the_system_refuses_to_read_and_checks_the_rest()
    {
        // Given two documents, one of which the file system refuses to read (as root, permissions
        // cannot make a real file unreadable, so the refusal comes from a file system seam)
        using var temp = new TempPortfolio();
        const string Document = "---\ntitle: \"T\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n---\n";
        temp.Write("certifications/locked.md", Document);
        temp.Write("certifications/open.md", Document);
        var fileSystem = new RefusingFileSystem("locked.md");
        // When the portfolio is loaded
        var portfolio = new PortfolioLoader(fileSystem).Load(temp.Root);
        // Then the refusal is reported at the file start, and the other document is loaded
        Assert.Contains("Access to the path is denied", portfolio.Single("CF0901", "certifications/locked.md", 1, 1).Message);
        Assert.Equal("open", Assert.Single(portfolio.Credentials).Slug);
    }

    private sealed class RefusingFileSystem(string refusedName) : IFileSystem
    {
        private readonly IFileSystem _inner = PhysicalFileSystem.Instance;

        public bool FileExists(string path) => _inner.FileExists(path);
        public bool DirectoryExists(string path) => _inner.DirectoryExists(path);
        public IEnumerable<string> EnumerateFiles(string directory) => _inner.EnumerateFiles(directory);
        public IEnumerable<FileEntry> EnumerateFileEntries(string directory) => _inner.EnumerateFileEntries(directory);
        public long GetLength(string path) => _inner.GetLength(path);
        public string RealPath(string path) => _inner.RealPath(path);

        public byte[] ReadAllBytes(string path) =>
            Path.GetFileName(path) == refusedName ? throw new UnauthorizedAccessException("Access to the path is denied.") : _inner.ReadAllBytes(path);
    }
}
