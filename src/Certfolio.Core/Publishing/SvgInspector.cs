using System.Xml;

namespace Certfolio.Core.Publishing;

/// <summary>What an SVG holds that Certfolio will not publish, and whether it is active content or unreadable.</summary>
public sealed record SvgFinding(bool IsActive, string What);

/// <summary>
/// Finds what would run when an SVG is opened on its own: a static host sends no content security policy with it,
/// so a <c>&lt;script&gt;</c>, an event attribute or a <c>javascript:</c> URL runs with the site's origin.
/// Certfolio refuses such files rather than sanitising them: a rewritten logo is no longer the file its owner
/// checked, and a sanitiser that misses one trick publishes it. The file is read with <see cref="XmlReader"/>,
/// which sees the document as a browser's XML parser does (entities decoded, namespaces resolved); no DTD is
/// processed and nothing external is fetched.
/// </summary>
public static class SvgInspector
{
    /// <summary>The largest SVG that is inspected; a logo or diagram is a few kilobytes.</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    // Elements that run script, or embed a document that can (foreignObject holds HTML).
    private static readonly string[] ActiveElements = ["script", "handler", "foreignObject", "iframe", "frame", "embed", "object"];
    private static readonly string[] ScriptSchemes = ["javascript:", "vbscript:"];

    /// <returns>Null when the SVG is safe to publish.</returns>
    public static SvgFinding? Inspect(ReadOnlyMemory<byte> svg)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreWhitespace = true,
            MaxCharactersInDocument = MaxBytes,
        };
        var sawRoot = false;
        try
        {
            using var stream = new MemoryStream(svg.ToArray(), writable: false);
            using var reader = XmlReader.Create(stream, settings);
            var lines = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.ProcessingInstruction && reader.Name.Equals("xml-stylesheet", StringComparison.OrdinalIgnoreCase))
                    return Active($"an <?xml-stylesheet?> instruction (line {lines.LineNumber})");
                if (reader.NodeType != XmlNodeType.Element) continue;
                if (!sawRoot)
                {
                    sawRoot = true;
                    if (!reader.LocalName.Equals("svg", StringComparison.Ordinal))
                        return Unreadable($"its root element is <{reader.Name}>, not <svg>");
                }
                if (ActiveElements.Contains(reader.LocalName, StringComparer.OrdinalIgnoreCase))
                    return Active($"a <{reader.Name}> element (line {lines.LineNumber})");
                if (Attributes(reader) is { } finding) return finding;
            }
        }
        catch (XmlException e)
        {
            // The reader refuses a DTD with an exception like any malformed input; the text says which it was.
            return !sawRoot && svg.Span.IndexOf("<!DOCTYPE"u8) >= 0
                ? Unreadable("it declares a DTD (<!DOCTYPE ...>), which Certfolio does not read; an SVG needs none, remove it")
                : Unreadable($"it is not well-formed XML (line {e.LineNumber}, column {e.LinePosition})");
        }
        return sawRoot ? null : Unreadable("it holds no <svg> element");
    }

    private static SvgFinding? Attributes(XmlReader reader)
    {
        if (!reader.MoveToFirstAttribute()) return null;
        var line = ((IXmlLineInfo)reader).LineNumber;
        do
        {
            var name = reader.LocalName;
            if (name.Length > 2 && name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                return Active($"the event attribute '{reader.Name}' (line {line})");
            var value = WithoutSpaces(reader.Value);
            // <animate attributeName="onclick" ...> or <set attributeName="href" to="javascript:..."> set an attribute late.
            if (name.Equals("attributeName", StringComparison.OrdinalIgnoreCase) && value.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                return Active($"an animation of the event attribute '{reader.Value}' (line {line})");
            foreach (var scheme in ScriptSchemes)
            {
                if (value.Contains(scheme, StringComparison.OrdinalIgnoreCase))
                    return Active($"a '{scheme}' URL in '{reader.Name}' (line {line})");
            }
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
        return null;
    }

    // Browsers drop tabs, line breaks and leading spaces from URLs: 'java&#9;script:' is still a script URL.
    private static string WithoutSpaces(string value)
    {
        if (!value.AsSpan().ContainsAnyInRange('\0', ' ')) return value;
        return string.Concat(value.Where(c => c > ' '));
    }

    private static SvgFinding Active(string what) => new(IsActive: true, what);

    private static SvgFinding Unreadable(string why) => new(IsActive: false, why);
}
