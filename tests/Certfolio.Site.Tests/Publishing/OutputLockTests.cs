using Certfolio.Site.Publishing;

namespace Certfolio.Site.Tests.Publishing;

/// <summary>
/// The output lock. This test project turns .NET's own file locking off (as the CLI does, see the csproj), so what
/// holds is <see cref="OutputLock"/>'s own flock.
/// </summary>
public sealed class OutputLockTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("certfolio-lock-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private string LockFile => Path.Combine(_parent, "._site.certfolio-lock");

    [Fact]
    public void A_second_build_cannot_take_a_held_lock_and_can_once_it_is_released()
    {
        // Given a build holding the lock
        var first = OutputLock.TryAcquire(LockFile, TimeSpan.Zero);
        Assert.NotNull(first);

        // When a second build tries without waiting, and again after the first ends
        var second = OutputLock.TryAcquire(LockFile, TimeSpan.Zero);
        first.Dispose();
        using var third = OutputLock.TryAcquire(LockFile, TimeSpan.Zero);

        // Then it is refused while held, and gets it afterwards
        Assert.Null(second);
        Assert.NotNull(third);
    }

    [Fact]
    public async Task A_waiting_build_gets_the_lock_when_the_holder_releases_it_within_the_wait()
    {
        // Given a held lock, released after a moment
        var holder = OutputLock.TryAcquire(LockFile, TimeSpan.Zero)!;
        var release = Task.Run(async () =>
        {
            await Task.Delay(200);
            holder.Dispose();
        });

        // When another build waits up to 20 s
        var waited = await Task.Run(() => OutputLock.TryAcquire(LockFile, TimeSpan.FromSeconds(20)));
        await release;

        // Then it got the lock
        Assert.NotNull(waited);
        waited.Dispose();
    }

    [Fact]
    public void Gives_up_after_the_wait()
    {
        using var holder = OutputLock.TryAcquire(LockFile, TimeSpan.Zero);
        var started = DateTime.UtcNow;

        var waited = OutputLock.TryAcquire(LockFile, TimeSpan.FromMilliseconds(300));

        Assert.Null(waited);
        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(250));
    }
}
