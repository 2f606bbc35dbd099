namespace Certfolio.Tests.Shared;

/// <summary>
/// A stream that accepts <c>failAfter</c> bytes, then fails as a full disk does: the fault injected into
/// <c>AtomicFile</c>'s writer seam by the Core and Interop tests.
/// </summary>
public sealed class FullDiskStream(Stream inner, int failAfter) : Stream
{
    private int _written;

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
    public override void Flush() => inner.Flush();
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var room = Math.Max(0, failAfter - _written);
        inner.Write(buffer[..Math.Min(room, buffer.Length)]);
        _written += Math.Min(room, buffer.Length);
        if (buffer.Length > room) throw new IOException("No space left on device");
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
