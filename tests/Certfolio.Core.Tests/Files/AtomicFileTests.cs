using System.Text;
using Certfolio.Core.Files;

namespace Certfolio.Core.Tests.Files;

/// <summary>Writes that cannot half-happen: the original survives any failure, byte for byte, and no temporary file is left.</summary>
public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("certfolio-atomic-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_writer_that_fails_mid_way_leaves_the_original_byte_for_byte_and_no_temporary_file()
    {
        // Given a document the user owns
        var path = Path.Combine(_folder, "cka.md");
        var original = Encoding.UTF8.GetBytes("---\ntitle: CKA\n---\n\nMy notes, ünïcödé.\n");
        File.WriteAllBytes(path, original);

        // When it is replaced through a writer that runs out of space after 8 bytes
        var files = new AtomicFile(temporary => new FullDiskStream(File.Create(temporary), failAfter: 8));
        var result = files.Write(path, new string('x', 100_000));

        // Then the write failed, saying why, and the folder holds exactly the original
        Assert.False(result.Succeeded);
        Assert.Equal("cannot write certifications/cka.md: No space left on device; the file was left as it was", result.Describe("certifications/cka.md"));
        Assert.Equal(original, File.ReadAllBytes(path));
        Assert.Equal(["cka.md"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_create_leaves_nothing_behind()
    {
        var path = Path.Combine(_folder, "new.md");
        var files = new AtomicFile(temporary => new FullDiskStream(File.Create(temporary), failAfter: 0));

        var result = files.Create(path, "---\ntitle: New\n---\n");

        Assert.False(result.Succeeded);
        Assert.EndsWith("; nothing was written", result.Describe("new.md"), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void Replaces_the_file_whole_and_keeps_its_permissions()
    {
        var path = Path.Combine(_folder, "cka.md");
        File.WriteAllText(path, "old");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        var result = new AtomicFile().Write(path, "new ü");

        Assert.True(result.Succeeded);
        Assert.Equal(Encoding.UTF8.GetBytes("new ü"), File.ReadAllBytes(path));
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Assert.Equal(["cka.md"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void A_name_of_250_characters_is_still_replaced()
    {
        var path = Path.Combine(_folder, new string('n', 246) + ".ics");
        File.WriteAllText(path, "old");

        var result = new AtomicFile().Write(path, "new");

        Assert.True(result.Succeeded, result.Problem);
        Assert.Equal("new", File.ReadAllText(path));
    }

    [Fact]
    public void Create_never_replaces_an_existing_file()
    {
        var path = Path.Combine(_folder, "cka.md");
        File.WriteAllText(path, "mine");

        var result = new AtomicFile().Create(path, "theirs");

        Assert.False(result.Succeeded);
        Assert.Equal("cka.md already exists; nothing was overwritten", result.Describe("cka.md"));
        Assert.Equal("mine", File.ReadAllText(path));
    }

    [Fact]
    public void A_link_to_a_file_stays_a_link_and_its_target_is_replaced()
    {
        var target = Path.Combine(_folder, "real.md");
        var link = Path.Combine(_folder, "link.md");
        File.WriteAllText(target, "old");
        File.CreateSymbolicLink(link, target);

        var result = new AtomicFile().Write(link, "new");

        Assert.True(result.Succeeded);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal("new", File.ReadAllText(target));
    }

    [Fact]
    public void A_path_that_cannot_be_made_is_a_message_not_an_exception()
    {
        var blocker = Path.Combine(_folder, "file");
        File.WriteAllText(blocker, "x");

        var result = new AtomicFile().Write(Path.Combine(blocker, "inside.ics"), "BEGIN:VCALENDAR");

        Assert.False(result.Succeeded);
        Assert.StartsWith("cannot write out/inside.ics: ", result.Describe("out/inside.ics"), StringComparison.Ordinal);
    }
}
