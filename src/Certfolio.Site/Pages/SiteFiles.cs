using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

using Certfolio.Site.Stages;

namespace Certfolio.Site.Pages;

/// <summary>The non-HTML files: search index, sitemap, robots.txt, Atom feed and the theme's stylesheet.</summary>
internal static partial class SiteFiles
{
    /// <summary>How many credentials the Atom feed carries, newest first.</summary>
    public const int FeedEntries = 50;

    [GeneratedRegex(@"^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|(rgb|hsl|oklch)a?\([0-9.,%\s/a-z-]{1,60}\))$")]
    private static partial Regex CssColour();

    /// <summary>
    /// The slug as the index writes it: empty when it is the title's <see cref="ScriptSlug"/>, only what follows it when
    /// it is that slug and more (<c>-2</c> for a second document of the same title: no slug starts with a hyphen), else
    /// the slug itself. Most slugs are file names <c>certfolio new</c> made from the title, so most entries carry none.
    /// </summary>
    internal static string SlugInIndex(string slug, string title)
    {
        var derived = ScriptSlug(title);
        if (derived is not { Length: > 0 }) return slug;
        if (slug == derived) return string.Empty;
        return slug.Length > derived.Length + 1 && slug.StartsWith(derived, StringComparison.Ordinal) && slug[derived.Length] == '-' ? slug[derived.Length..] : slug;
    }

    /// <summary>
    /// What search.js derives from a title, for ASCII titles only (where JavaScript's <c>toLowerCase</c> and
    /// <see cref="char.ToLowerInvariant"/> agree): lower case, every run of other characters than letters and digits
    /// one hyphen, none at either end. Null for any other title, whose slug the index then writes whole.
    /// </summary>
    internal static string? ScriptSlug(string title)
    {
        if (!Ascii.IsValid(title)) return null;
        var builder = new StringBuilder(title.Length);
        foreach (var c in title)
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().TrimEnd('-');
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
