using Certfolio.Site.Publishing;

namespace Certfolio.Site.Tests.Publishing;

public sealed class DirectorySwapTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("certfolio-swap-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private string Target => Path.Combine(_parent, "_site");
    private string Staging => Path.Combine(_parent, "._site.certfolio-new");
    private string Backup => Path.Combine(_parent, "._site.certfolio-old");

    private void Given(string folder, string text)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "index.html"), text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Puts_the_new_folder_at_the_target_and_the_old_one_at_the_backup(bool exchange)
    {
        // Given an old site and a staged new one
        Given(Target, "old");
        Given(Staging, "new");

        // When they are swapped
        var method = new DirectorySwap(exchange).Replace(Staging, Target, Backup);

        // Then the new site is the target, the old one the backup, and nothing is left at the staging path
        Assert.Equal("new", File.ReadAllText(Path.Combine(Target, "index.html")));
        Assert.Equal("old", File.ReadAllText(Path.Combine(Backup, "index.html")));
        Assert.False(Directory.Exists(Staging));
        Assert.Equal(exchange && OperatingSystem.IsLinux() ? SwapMethod.Exchanged : SwapMethod.Renamed, method);
    }

    [Fact]
    public void On_linux_the_target_path_never_disappears_while_sites_are_swapped()
    {
        if (!OperatingSystem.IsLinux()) return; // renameat2 is Linux's; elsewhere the two renames leave a gap

        // Given a reader watching the output path, as a web server serving it would
        Given(Target, "0");
        using var stop = new CancellationTokenSource();
        var missing = 0;
        var checks = 0;
        var reader = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (!File.Exists(Path.Combine(Target, "index.html"))) Interlocked.Increment(ref missing);
                Interlocked.Increment(ref checks);
            }
        });
        reader.Start();

        // When a hundred new sites are swapped in
        var swap = new DirectorySwap();
        for (var i = 1; i <= 100; i++)
        {
            Given(Staging, i.ToString());
            Assert.Equal(SwapMethod.Exchanged, swap.Replace(Staging, Target, Backup));
            Directory.Delete(Backup, recursive: true);
        }
        stop.Cancel();
        reader.Join();

        // Then the path held a whole site at every look
        Assert.True(checks > 0);
        Assert.Equal(0, missing);
        Assert.Equal("100", File.ReadAllText(Path.Combine(Target, "index.html")));
    }
}
