using Certfolio.Core.Portfolios;

namespace Certfolio.Core.Tests.Portfolios;

public sealed class PhysicalFileSystemTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    [Fact]
    public void Reads_a_whole_file_into_a_buffer_with_room_to_spare()
    {
        File.WriteAllText(_file, "---\ntitle: T\n---\n");
        var buffer = new byte[64];

        var read = PhysicalFileSystem.Instance.Read(_file, buffer);

        Assert.Equal("---\ntitle: T\n---\n", System.Text.Encoding.UTF8.GetString(buffer, 0, read));
    }

    [Fact]
    public void Says_so_when_the_file_grew_beyond_the_buffer_instead_of_returning_part_of_it()
    {
        // Given a file longer than the length the enumeration saw (it was written to since)
        File.WriteAllText(_file, new string('x', 100));

        // When it is read into a buffer of the old length plus one
        var read = PhysicalFileSystem.Instance.Read(_file, new byte[51]);

        // Then the reader learns it must read the file whole
        Assert.Equal(-1, read);
    }

    [Fact]
    public void A_file_as_long_as_it_was_listed_is_read_whole_in_one_read()
    {
        File.WriteAllText(_file, new string('x', 50));

        Assert.Equal(50, PhysicalFileSystem.Instance.Read(_file, new byte[51]));
    }

    [Fact]
    public void A_file_that_grew_by_one_byte_fills_the_buffer_and_is_reported()
    {
        File.WriteAllText(_file, new string('x', 51));

        Assert.Equal(-1, PhysicalFileSystem.Instance.Read(_file, new byte[51]));
    }

    [Fact]
    public void A_file_that_shrank_since_it_was_listed_is_read_as_it_is_now()
    {
        File.WriteAllText(_file, "short");

        Assert.Equal(5, PhysicalFileSystem.Instance.Read(_file, new byte[51]));
    }
}
