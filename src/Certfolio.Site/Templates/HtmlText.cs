using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Certfolio.Site.Templates;

/// <summary>The encoder for everything Certfolio writes into HTML and SVG: escapes markup, keeps non-ASCII text readable.</summary>
public static class HtmlText
{
    public static HtmlEncoder Encoder { get; } = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string value) => Encoder.Encode(value);
}
