using System.Text;

namespace Certfolio.Interop.HugoAcademic;

/// <summary>
/// Repairs text that was UTF-8 read as Windows-1252 and saved again (<c>â€“</c> for an en dash), a common
/// copy-paste accident in real sites. Text that does not round-trip cleanly is left alone.
/// </summary>
public static class Mojibake
{
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static string Repair(string text)
    {
        if (!text.Contains('Ã') && !text.Contains("â€", StringComparison.Ordinal) && !text.Contains('Â')) return text;
        try
        {
            var repaired = StrictUtf8.GetString(Windows1252.Value.GetBytes(text));
            return repaired.Length < text.Length ? repaired : text;
        }
        catch (EncoderFallbackException)
        {
            return text;
        }
        catch (DecoderFallbackException)
        {
            return text;
        }
    }
}
