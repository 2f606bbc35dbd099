using System.Security.Cryptography;
using System.Text;
using Certfolio.Core.Portfolios;
using Certfolio.Core.Time;
using Certfolio.Site.Publishing;
using Certfolio.Site.Tests.Support;
using Certfolio.Tests.Shared;

namespace Certfolio.Site.Tests.Integration;

/// <summary>
/// The guard of every refactoring of the site build: the bundled example and a generated 1,000-document corpus,
/// built on a pinned day with a pinned baseUrl, must give exactly the bytes they gave when the hash was recorded.
/// On a mismatch the per-file listing is written under the test output (<c>byte-identity/NAME.actual.txt</c>) to
/// diff against one made before the change. To accept output that changed on purpose, run with
/// <c>CERTFOLIO_ACCEPT=1</c>, which rewrites <c>Golden/NAME.sha256</c>, and say why in the commit.
/// </summary>
public sealed class ByteIdentityTests
{
    private static readonly SiteOptions Pinned = new()
    {
        Clock = new FixedClock(GeneratedCorpus.Today),
        BaseUrl = "https://certs.example.org/portfolio/",
    };

    [Fact]
    public void The_example_portfolio_builds_to_the_recorded_bytes()
    {
        var root = Path.Combine(TestPortfolio.RepositoryRoot, "examples", "portfolio");
        Verify("example", Build(root));
    }

    [Fact]
    public void A_generated_corpus_of_1000_documents_builds_to_the_recorded_bytes()
    {
        var root = Path.Combine(Path.GetTempPath(), "certfolio-site-tests", "corpus-" + Guid.NewGuid().ToString("N"));
        try
        {
            GeneratedCorpus.Write(root, 1000);
            var site = Build(root);
            Assert.True(site.Files.Count > 1050, $"{site.Files.Count} files");
            Verify("corpus-1000", site);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static MemorySiteWriter Build(string root)
    {
        var portfolio = new PortfolioLoader().Load(root);
        Assert.False(portfolio.HasErrors, string.Join('\n', portfolio.Diagnostics));
        var site = new MemorySiteWriter();
        var result = TestPortfolio.Builder.Build(portfolio, Pinned, site);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return site;
    }

    /// <summary>SHA-256 over every file in ordinal path order: the path, a NUL, the length, a NUL, the bytes.</summary>
    private static void Verify(string name, MemorySiteWriter site)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var listing = new StringBuilder();
        foreach (var path in site.Files.Keys.Order(StringComparer.Ordinal))
        {
            var bytes = site.Files[path];
            hash.AppendData(Encoding.UTF8.GetBytes($"{path}\0{bytes.Length}\0"));
            hash.AppendData(bytes);
            listing.Append(Convert.ToHexStringLower(SHA256.HashData(bytes))).Append("  ").Append(path).Append('\n');
        }
        var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
        var expectedFile = Path.Combine(TestPortfolio.RepositoryRoot, "tests", "Certfolio.Site.Tests", "Golden", name + ".sha256");
        if (Environment.GetEnvironmentVariable("CERTFOLIO_ACCEPT") == "1")
        {
            File.WriteAllText(expectedFile, actual + "\n");
            return;
        }
        var expected = File.Exists(expectedFile) ? File.ReadAllText(expectedFile).Trim() : "(none recorded)";
        if (expected == actual) return;
        var folder = Path.Combine(AppContext.BaseDirectory, "byte-identity");
        Directory.CreateDirectory(folder);
        var listingFile = Path.Combine(folder, name + ".actual.txt");
        File.WriteAllText(listingFile, listing.ToString());
        foreach (var (path, bytes) in site.Files)
        {
            var copy = Path.Combine(folder, name, path);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.WriteAllBytes(copy, bytes);
        }
        Assert.Fail($"{name}: the site's SHA-256 is {actual}, recorded {expected}; per-file listing in {listingFile}, files beside it");
    }
}
