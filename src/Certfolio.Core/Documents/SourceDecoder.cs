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
        var start = SourceLocation.FileStart(relativePath);
        if (bytes.Length > limits.MaxDocumentBytes)
        {
            diagnostics.Add(Descriptors.DocumentTooLarge, start, bytes.Length, limits.MaxDocumentBytes);
            return null;
        }
        if (bytes.StartsWith(Utf8Bom)) bytes = bytes[Utf8Bom.Length..];
        // UTF-16 text (Notepad's "Unicode") is full of NUL bytes but is not binary: let the UTF-8 check
        // name its byte order mark instead.
        var utf16 = bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF);
        if (!utf16 && bytes.IndexOf((byte)0) >= 0)
        {
            diagnostics.Add(Descriptors.BinaryFile, start);
            return null;
        }

        var chars = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var bytesRead, out var charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var text = Encoding.UTF8.GetString(bytes[..bytesRead]);
                var position = new SourceText(text).GetPosition(text.Length);
                diagnostics.Add(Descriptors.InvalidUtf8, SourceLocation.At(relativePath, position), bytes[bytesRead], bytesRead);
                return null;
            }
            return new string(chars, 0, charsWritten);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }
}
