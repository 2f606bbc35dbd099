using Microsoft.AspNetCore.StaticFiles;

namespace Certfolio.Server.Http;

/// <summary>The Content-Type of a site file from its extension; text types say UTF-8, the unknown are bytes.</summary>
public static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Provider = CreateProvider();

    private static readonly HashSet<string> Utf8 = new(StringComparer.Ordinal)
    {
        "text/html", "text/css", "text/javascript", "application/javascript", "application/json", "application/xml", "text/xml",
        "image/svg+xml", "text/plain", "application/atom+xml", "application/ld+json", "application/manifest+json", "text/markdown",
    };

    public static string For(string sitePath)
    {
        if (!Provider.TryGetContentType(sitePath, out var type)) return "application/octet-stream";
        return Utf8.Contains(type) ? type + "; charset=utf-8" : type;
    }

    private static FileExtensionContentTypeProvider CreateProvider()
    {
        var provider = new FileExtensionContentTypeProvider();
        // Atom feeds and web manifests are served as what they are, not as generic XML or JSON.
        provider.Mappings[".atom"] = "application/atom+xml";
        provider.Mappings[".webmanifest"] = "application/manifest+json";
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".mjs"] = "text/javascript";
        return provider;
    }
}
