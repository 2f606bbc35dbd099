using Certfolio.Site.Publishing;
using Certfolio.Site.Tests.Support;

namespace Certfolio.Site.Tests.Publishing;

public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_input_on_the_same_day_are_byte_identical_on_disk()
    {
        // Given the basic fixture
        using var portfolio = TestPortfolio.Copy("basic");
        var first = Path.Combine(portfolio.Root, "out1");
        var second = Path.Combine(portfolio.Root, "out2");

        // When it is built twice into two folders, once with one thread and once with several
        TestPortfolio.Builder.Build(portfolio.Load(), TestPortfolio.Options() with { MaxParallelism = 1 }, new DiskSiteWriter(first));
        TestPortfolio.Builder.Build(portfolio.Load(), TestPortfolio.Options() with { MaxParallelism = 4 }, new DiskSiteWriter(second));

        // Then both trees hold the same files with the same bytes
        var files1 = Directory.EnumerateFiles(first, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(first, f)).Order(StringComparer.Ordinal).ToArray();
        var files2 = Directory.EnumerateFiles(second, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(second, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(files1, files2);
        Assert.True(files1.Length > 20);
        foreach (var file in files1)
            Assert.True(File.ReadAllBytes(Path.Combine(first, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second, file))), file);
    }

    [Fact]
    public void Memory_and_disk_writers_receive_the_same_files()
    {
        using var portfolio = TestPortfolio.Copy("basic");
        var disk = Path.Combine(portfolio.Root, "out");

        var (_, memory) = portfolio.Build();
        TestPortfolio.Builder.Build(portfolio.Load(), TestPortfolio.Options(), new DiskSiteWriter(disk));

        var onDisk = Directory.EnumerateFiles(disk, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(disk, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(memory.Files.Keys.Order(StringComparer.Ordinal), onDisk);
    }
}
