using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;

using Certfolio.Site.Stages;

namespace Certfolio.Site.Pages;

/// <summary>The non-HTML files: search index, sitemap, robots.txt, Atom feed and the theme's stylesheet.</summary>
internal static partial class SiteFiles
{
    /// <summary>How many credentials the Atom feed carries, newest first.</summary>
    public const int FeedEntries = 50;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Default, Indented = false };

    [GeneratedRegex(@"^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|(rgb|hsl|oklch)a?\([0-9.,%\s/a-z-]{1,60}\))$")]
    private static partial Regex CssColour();

    /// <summary>
    /// One credential's object in <c>search.json</c>. Compact: what the page can tell the script is left out (the URL
    /// follows from the slug, provider and skill names from the filter's options), since at 10,000 credentials every
    /// byte is fetched and parsed before the first answer.
    /// </summary>
    public static byte[] SearchEntry(CredentialView view, IReadOnlyList<string> skillSlugs, string providerSlug)
    {
        using var stream = new MemoryStream(512);
        using (var json = new Utf8JsonWriter(stream, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("s", view.Slug);
            json.WriteString("t", view.Title);
            json.WriteString("p", providerSlug);
            if (view.Level is not null) json.WriteString("l", view.Level);
            json.WriteStartArray("k");
            foreach (var skill in skillSlugs) json.WriteStringValue(skill);
            json.WriteEndArray();
            json.WriteString("i", view.IssuedIso);
            if (view.ExpiresIso is not null) json.WriteString("e", view.ExpiresIso);
            if (view.CredentialId is not null) json.WriteString("c", view.CredentialId);
            if (view.Description is not null) json.WriteString("d", view.Description);
            // Only where the build shows the renewal window (the owner's, or public.renewal): a card drawn from the
            // index then shows "renewal open" as the server's card does, and a visitor's index holds no to-do.
            if (view.RenewalOpensIso is not null) json.WriteString("r", view.RenewalOpensIso);
            json.WriteEndObject();
        }
        return stream.ToArray();
    }

    public static byte[] Sitemap(string baseUrl, IEnumerable<string> pagePaths)
    {
        var builder = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var path in pagePaths.Order(StringComparer.Ordinal))
            builder.Append("  <url><loc>").Append(Xml(baseUrl + path)).Append("</loc></url>\n");
        builder.Append("</urlset>\n");
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    public static byte[] Robots(string? baseUrl)
    {
        var text = "User-agent: *\nAllow: /\n" + (baseUrl is null ? string.Empty : $"\nSitemap: {baseUrl}sitemap.xml\n");
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>An owner build's robots.txt: the owner's view lives on a private host and is for nobody's index.</summary>
    public static byte[] PrivateRobots() => "User-agent: *\nDisallow: /\n"u8.ToArray();

    /// <summary>
    /// An Atom feed of the newest credentials by issue date (<paramref name="renders"/> in <see cref="ListOrder"/>). Without a baseUrl the links stay root-relative and
    /// ids are URNs; the feed's updated time is the newest issue date, so the output never depends on the clock.
    /// </summary>
    public static byte[] Feed(SiteModel model, IReadOnlyList<CredentialRender> renders)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            const string atom = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", atom);
            xml.WriteElementString("title", atom, model.Config.Title);
            xml.WriteElementString("id", atom, model.Urls.Absolute(string.Empty) ?? "urn:certfolio:site");
            // The renders are in list order, newest issue first.
            var newest = renders.Count == 0 ? new DateOnly(2000, 1, 1) : renders[0].Credential.Issued;
            xml.WriteElementString("updated", atom, FeedEntry.TimestampOf(newest));
            Link(xml, atom, model.Urls.Absolute("feed.xml") ?? model.Urls.Url("feed.xml"), "self");
            Link(xml, atom, model.Urls.Absolute(string.Empty) ?? model.Urls.BasePath, "alternate");
            if (model.Config.Owner.Name is { Length: > 0 } name)
            {
                xml.WriteStartElement("author", atom);
                xml.WriteElementString("name", atom, name);
                xml.WriteEndElement();
            }
            foreach (var render in renders.Take(FeedEntries))
            {
                var entry = FeedEntry.Of(render.View, render.Credential.Issued, model.Urls, model.Strings);
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("title", atom, entry.Title);
                xml.WriteElementString("id", atom, entry.Id);
                xml.WriteElementString("updated", atom, entry.Timestamp);
                xml.WriteElementString("published", atom, entry.Timestamp);
                Link(xml, atom, entry.Link, "alternate");
                xml.WriteElementString("summary", atom, entry.Summary);
                xml.WriteStartElement("category", atom);
                xml.WriteAttributeString("term", entry.Category);
                xml.WriteEndElement();
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return stream.ToArray();
    }

    /// <summary>The theme's stylesheet, with the portfolio's accent colour appended when it is a plain CSS colour.</summary>
    public static byte[] Stylesheet(byte[] css, string? accent)
    {
        if (accent is null || !CssColour().IsMatch(accent.Trim())) return css;
        // Only in light mode: a chosen accent rarely has AA contrast on the dark background, whose own accent does.
        var extra = Encoding.UTF8.GetBytes($"\n@media not (prefers-color-scheme:dark){{:root{{--accent:{accent.Trim()};--focus:{accent.Trim()}}}}}\n");
        return [.. css, .. extra];
    }

    private static void Link(XmlWriter xml, string ns, string href, string rel)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }


    private static string Xml(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
