using Certfolio.Core.Portfolios;
using Certfolio.Core.Tests.Support;

namespace Certfolio.Core.Tests.Portfolios;

/// <summary>A fault while loading one document is that document's error; the others are still checked.</summary>
public sealed class DocumentIsolationTests
{
    /// <summary>The real file system, except that reading one file throws an exception no stage expects.</summary>
    private sealed class FaultingFileSystem(string faultingFile) : IFileSystem
    {
        private readonly IFileSystem _real = PhysicalFileSystem.Instance;

        public bool FileExists(string path) => _real.FileExists(path);
        public bool DirectoryExists(string path) => _real.DirectoryExists(path);
        public IEnumerable<string> EnumerateFiles(string directory) => _real.EnumerateFiles(directory);
        public IEnumerable<FileEntry> EnumerateFileEntries(string directory) => _real.EnumerateFileEntries(directory);
        public byte[] ReadAllBytes(string path) => Path.GetFileName(path) == faultingFile ? throw new InvalidOperationException("boom") : _real.ReadAllBytes(path);
        public int Read(string path, Span<byte> buffer) => Path.GetFileName(path) == faultingFile ? throw new InvalidOperationException("boom") : _real.Read(path, buffer);
        public long GetLength(string path) => _real.GetLength(path);
        public string RealPath(string path) => _real.RealPath(path);
    }

    [Fact]
    public void Reports_an_internal_problem_in_one_document_and_checks_the_others()
    {
        // Given two documents, one of which makes a stage throw
        using var temp = new TempPortfolio();
        temp.Write("certifications/bad.md", "---\ntitle: \"Bad\"\ndate: \"15.08.2024\"\nprovider: \"Acme\"\n---\n");
        temp.Write("certifications/good.md", "---\ntitle: \"Good\"\ndate: \"31.02.2024\"\nprovider: \"Acme\"\n---\n");
        // When the portfolio is loaded
        var portfolio = new PortfolioLoader(new FaultingFileSystem("bad.md")).Load(temp.Root);
        // Then the faulting document has a positioned CF0016, and the other's own error is still reported
        Assert.Contains("InvalidOperationException", portfolio.Single("CF0016", "certifications/bad.md", 1, 1).Message);
        portfolio.Single("CF0103", "certifications/good.md", 3, 7);
    }
}
