using System.Buffers;
using System.Text;
using System.Text.Unicode;
using Certfolio.Core.Diagnostics;
using Certfolio.Core.Text;

namespace Certfolio.Core.Documents;

/// <summary>Turns raw file bytes into text, refusing what is not a UTF-8 text document.</summary>
public static class SourceDecoder
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes <paramref name="bytes"/>; returns null and reports a diagnostic when it cannot.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string relativePath, DocumentLimits limits, DiagnosticBag diagnostics)
    {
        var chars = ArrayPool<char>.Shared.Rent(BufferLength(bytes, limits));
        try
        {
            var length = DecodeChars(bytes, chars, relativePath, limits, diagnostics);
            return length < 0 ? null : new string(chars, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>
    /// Decodes a document that will live as long as its portfolio, into a buffer of its own on the pinned object
    /// heap: a loaded portfolio holds every document's text, and there the collector never copies it from
    /// generation to generation as it does young strings (docs/performance.md).
    /// </summary>
    public static SourceText? DecodeDocument(ReadOnlySpan<byte> bytes, string relativePath, DocumentLimits limits, DiagnosticBag diagnostics)
    {
        var chars = GC.AllocateUninitializedArray<char>(BufferLength(bytes, limits), pinned: true);
        var length = DecodeChars(bytes, chars, relativePath, limits, diagnostics);
        return length < 0 ? null : new SourceText(chars.AsMemory(0, length));
    }

    /// <summary>
    /// Decodes a document into the caller's <paramref name="buffer"/> (at least <see cref="BufferLength"/> long), for a
    /// text read only while the caller holds the buffer (<see cref="Portfolios.LoadPurpose.Report"/>).
    /// </summary>
    public static SourceText? DecodeInto(ReadOnlySpan<byte> bytes, char[] buffer, string relativePath, DocumentLimits limits, DiagnosticBag diagnostics)
    {
        var length = DecodeChars(bytes, buffer, relativePath, limits, diagnostics);
        return length < 0 ? null : new SourceText(buffer.AsMemory(0, length));
    }

    /// <summary>The characters a buffer needs for <paramref name="bytes"/>.</summary>
    // UTF-8 never takes more UTF-16 code units than it has bytes; a file over the limit is refused before decoding.
    public static int BufferLength(ReadOnlySpan<byte> bytes, DocumentLimits limits) =>
        bytes.Length <= limits.MaxDocumentBytes ? Math.Max(bytes.Length, 1) : 1;

    /// <summary>Decodes into <paramref name="chars"/> (at least as long as the bytes); the count of characters, or -1 after a diagnostic.</summary>
    private static int DecodeChars(ReadOnlySpan<byte> bytes, Span<char> chars, string relativePath, DocumentLimits limits, DiagnosticBag diagnostics)
    {
        var start = SourceLocation.FileStart(relativePath);
        if (bytes.Length > limits.MaxDocumentBytes)
        {
            diagnostics.Add(Descriptors.DocumentTooLarge, start, bytes.Length, limits.MaxDocumentBytes);
            return -1;
        }
        if (bytes.StartsWith(Utf8Bom)) bytes = bytes[Utf8Bom.Length..];
        // UTF-16 text (Notepad's "Unicode") is full of NUL bytes but is not binary: let the UTF-8 check
        // name its byte order mark instead.
        var utf16 = bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF);
        if (!utf16 && bytes.IndexOf((byte)0) >= 0)
        {
            diagnostics.Add(Descriptors.BinaryFile, start);
            return -1;
        }

        var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
        if (status == OperationStatus.Done) return charsWritten;
        var text = Encoding.UTF8.GetString(bytes[..bytesRead]);
        var position = new SourceText(text).GetPosition(text.Length);
        diagnostics.Add(Descriptors.InvalidUtf8, SourceLocation.At(relativePath, position), bytes[bytesRead], bytesRead);
        return -1;
    }
}
